package org.createyourresume.ats.parse;

/**
 * A profile written as a network and a user name rather than a link: "GitHub: ameliafo",
 * "Mastodon: @ann@social.example.org".
 *
 * @param network the network as printed, e.g. "GitHub"
 * @param username the user name or handle as printed
 */
public record Handle(String network, String username) {}
