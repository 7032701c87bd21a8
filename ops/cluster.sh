#!/usr/bin/env bash
# Runs N app nodes behind nginx on one machine, sharing one database: a small scale-out for
# trying a deployment and for the cluster soak test.
#
#   ops/cluster.sh start          start nginx and every node; wait until all are healthy
#   ops/cluster.sh stop           stop the nodes (SIGTERM: in-flight requests finish) and nginx
#   ops/cluster.sh kill I         kill node I (1-based) with SIGKILL
#   ops/cluster.sh restart I      start node I again and wait until it is healthy
#   ops/cluster.sh status         health of each node and of the balancer
#
# Environment (defaults in brackets):
#   CYR_NODES [2]                 how many nodes
#   CYR_CLUSTER_PORT [8088]       where nginx listens
#   CYR_NODE_BASE_PORT [18081]    node I listens on CYR_NODE_BASE_PORT + I - 1 (127.0.0.1 only)
#   CYR_CLUSTER_DIR [target/cluster]  pid files, logs and the generated nginx.conf
#   CYR_NODE_COMMAND [java -jar app/target/create-your-resume.jar]  how to start one node; the
#                                 script adds --server.port and --server.address
#   SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD   the shared database (PostgreSQL); the nodes
#                                 inherit the whole environment, so any CYR_* or SPRING_* setting
#                                 reaches every node
#   SERVER_FORWARD_HEADERS_STRATEGY [native]  nodes take the client's address from nginx's
#                                 X-Forwarded-For, so rate limits count visitors, not the balancer
set -euo pipefail
cd "$(dirname "$0")/.."

NODES=${CYR_NODES:-2}
PORT=${CYR_CLUSTER_PORT:-8088}
BASE=${CYR_NODE_BASE_PORT:-18081}
DIR=${CYR_CLUSTER_DIR:-target/cluster}
COMMAND=${CYR_NODE_COMMAND:-java -jar app/target/create-your-resume.jar}
export SERVER_FORWARD_HEADERS_STRATEGY=${SERVER_FORWARD_HEADERS_STRATEGY:-native}
mkdir -p "$DIR/tmp"
DIR=$(cd "$DIR" && pwd)

node_port() { echo $((BASE + $1 - 1)); }

healthy() {
  curl -sf -m 2 -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"
}

wait_healthy() {
  local i=$1 port
  port=$(node_port "$i")
  for _ in $(seq 1 180); do
    if healthy "$port"; then return 0; fi
    if ! kill -0 "$(cat "$DIR/node$i.pid")" 2>/dev/null; then
      echo "node $i stopped during start-up; see $DIR/node$i.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "node $i not healthy after 90 s; see $DIR/node$i.log" >&2
  return 1
}

start_node() {
  local i=$1 port
  port=$(node_port "$i")
  # shellcheck disable=SC2086 # the command is words on purpose
  setsid $COMMAND --server.port="$port" --server.address=127.0.0.1 \
    >>"$DIR/node$i.log" 2>&1 </dev/null &
  echo $! >"$DIR/node$i.pid"
}

write_nginx_conf() {
  local servers="" i
  for i in $(seq 1 "$NODES"); do
    # a node that refuses a connection is left out for 2 s, then tried again
    servers+="    server 127.0.0.1:$(node_port "$i") max_fails=1 fail_timeout=2s;"$'\n'
  done
  cat >"$DIR/nginx.conf" <<CONF
worker_processes 1;
pid $DIR/nginx.pid;
error_log $DIR/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_max_body_size 12m;
  # bodies and answers stay in memory: nginx's workers run as another user (www-data when started
  # as root), which may not write inside a private folder such as one made by mktemp
  client_body_buffer_size 12m;
  proxy_max_temp_file_size 0;
  client_body_temp_path $DIR/tmp/body;
  proxy_temp_path $DIR/tmp/proxy;
  fastcgi_temp_path $DIR/tmp/fastcgi;
  uwsgi_temp_path $DIR/tmp/uwsgi;
  scgi_temp_path $DIR/tmp/scgi;
  upstream cyr {
$servers    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PORT;
    # metrics are for the operator's scraper, which asks each node directly
    location /actuator/prometheus { return 404; }
    location / {
      proxy_pass http://cyr;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      # a refused connection is retried on the next node (nginx never resends a POST or PUT
      # that reached a node)
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      # no node could answer (one died mid-request, or all are down): a retryable 503 in the
      # app's own problem format rather than nginx's 502 page
      proxy_intercept_errors off;
      error_page 502 504 =503 @unavailable;
    }
    location @unavailable {
      default_type application/problem+json;
      add_header Retry-After 1 always;
      return 503 '{"type":"urn:createyourresume:problem:unavailable","title":"Service unavailable","status":503,"detail":"No server could answer; try again in a second."}';
    }
  }
}
CONF
}

case "${1:-}" in
  start)
    write_nginx_conf
    for i in $(seq 1 "$NODES"); do start_node "$i"; done
    for i in $(seq 1 "$NODES"); do wait_healthy "$i"; done
    nginx -c "$DIR/nginx.conf" -p "$DIR"
    for _ in $(seq 1 40); do
      curl -sf -m 2 -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break
      sleep 0.25
    done
    echo "cluster: http://127.0.0.1:$PORT ($NODES nodes from port $BASE)"
    ;;
  stop)
    for i in $(seq 1 "$NODES"); do
      if [ -f "$DIR/node$i.pid" ]; then
        kill -TERM "$(cat "$DIR/node$i.pid")" 2>/dev/null || true
      fi
    done
    for i in $(seq 1 "$NODES"); do
      if [ -f "$DIR/node$i.pid" ]; then
        pid=$(cat "$DIR/node$i.pid")
        for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -KILL "$pid" 2>/dev/null || true
        rm -f "$DIR/node$i.pid"
      fi
    done
    if [ -f "$DIR/nginx.pid" ]; then
      nginx -c "$DIR/nginx.conf" -p "$DIR" -s stop 2>/dev/null || true
    fi
    ;;
  kill)
    kill -KILL "$(cat "$DIR/node$2.pid")"
    ;;
  restart)
    start_node "$2"
    wait_healthy "$2"
    ;;
  status)
    for i in $(seq 1 "$NODES"); do
      if healthy "$(node_port "$i")"; then echo "node $i: up"; else echo "node $i: down"; fi
    done
    if curl -sf -m 2 -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; then
      echo "balancer: up"
    else
      echo "balancer: down"
    fi
    ;;
  *)
    sed -n '2,24p' "$0" >&2
    exit 2
    ;;
esac
