package org.createyourresume.importer.mapping;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.createyourresume.model.Profile;

/**
 * Turns printed links and "Network: user" handles into JSON Resume profiles: the network from
 * the address's host, the user name from its path.
 */
public final class Profiles {
  private Profiles() {}

  /** Host (without "www.") → the network's name as people write it. */
  private static final Map<String, String> NETWORKS = networks();

  private static Map<String, String> networks() {
    Map<String, String> n = new LinkedHashMap<>();
    n.put("linkedin.com", "LinkedIn");
    n.put("github.com", "GitHub");
    n.put("gitlab.com", "GitLab");
    n.put("bitbucket.org", "Bitbucket");
    n.put("twitter.com", "Twitter");
    n.put("x.com", "X");
    n.put("stackoverflow.com", "Stack Overflow");
    n.put("medium.com", "Medium");
    n.put("dev.to", "DEV");
    n.put("behance.net", "Behance");
    n.put("dribbble.com", "Dribbble");
    n.put("kaggle.com", "Kaggle");
    n.put("orcid.org", "ORCID");
    n.put("researchgate.net", "ResearchGate");
    n.put("scholar.google.com", "Google Scholar");
    n.put("youtube.com", "YouTube");
    n.put("instagram.com", "Instagram");
    n.put("facebook.com", "Facebook");
    n.put("codepen.io", "CodePen");
    n.put("leetcode.com", "LeetCode");
    n.put("huggingface.co", "Hugging Face");
    n.put("bsky.app", "Bluesky");
    n.put("xing.com", "XING");
    n.put("npmjs.com", "npm");
    return Map.copyOf(n);
  }

  /** The network a link points to ("LinkedIn"), or null for a site that is no network. */
  public static String network(String link) {
    String host = host(link);
    for (Map.Entry<String, String> e : NETWORKS.entrySet()) {
      if (host.equals(e.getKey()) || host.endsWith("." + e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The profile a link to a known network stands for. */
  public static Profile fromLink(String link, String network) {
    return new Profile(network, username(link), href(link), null);
  }

  /** The profile a "Network: user" handle stands for, the network spelt as usual. */
  static Profile fromHandle(String network, String username) {
    String known = NETWORKS.values().stream()
        .filter(v -> v.replace(" ", "").equalsIgnoreCase(network.replace(" ", "")))
        .findFirst().orElse(network);
    return new Profile(known, username, null, null);
  }

  /** A printed link as an address a browser opens: "https://" in front when it has no scheme. */
  static String href(String link) {
    String l = link.strip();
    return l.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*://.*") ? l : "https://" + l;
  }

  private static String host(String link) {
    String l = link.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
    int slash = l.indexOf('/');
    String host = slash < 0 ? l : l.substring(0, slash);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /** "linkedin.com/in/ann-smith" → "ann-smith"; "github.com/ann" → "ann"; the last path part. */
  private static String username(String link) {
    String path = link.strip().replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "").replaceFirst("[?#].*$", "");
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 1; i--) {
      if (!parts[i].isBlank()) {
        return parts[i];
      }
    }
    return null;
  }
}
