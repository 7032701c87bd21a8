package org.createyourresume.ats.parse;

import java.util.List;

/**
 * The contact details an ATS found.
 *
 * @param email the first email address, or null
 * @param phone the first phone number, or null
 * @param location the place (city, region, country), or null
 * @param links web addresses (LinkedIn, GitHub, a portfolio), as printed
 * @param handles profiles written as "Network: user name" instead of a link
 * @param inHeaderFooterOnly the fields found only in a page header, footer or text box, which
 *     many ATS skip: {@code email}, {@code phone}, {@code location}, {@code links}
 */
public record Contact(
    String email,
    String phone,
    String location,
    List<String> links,
    List<Handle> handles,
    List<String> inHeaderFooterOnly) {

  public Contact {
    links = List.copyOf(links);
    handles = List.copyOf(handles);
    inHeaderFooterOnly = List.copyOf(inHeaderFooterOnly);
  }

  /** The first link on LinkedIn, or null. */
  public String linkedIn() {
    return links.stream().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("linkedin.")).findFirst().orElse(null);
  }
}
