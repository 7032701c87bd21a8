package org.createyourresume.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web app: HTTP API and editor over the core. */
@SpringBootApplication
public class ResumeWebApplication {

  public static void main(String[] args) {
    SpringApplication.run(ResumeWebApplication.class, args);
  }
}
