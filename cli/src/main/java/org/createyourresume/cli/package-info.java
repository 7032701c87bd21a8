/**
 * The command line: picocli commands over the core. Every command prints only through picocli's
 * writers, fails with one line and a documented exit code ({@link
 * org.createyourresume.cli.ExitCodes}), and never starts Spring ({@code serve} hands over to the
 * web module when it is on the class path).
 */
package org.createyourresume.cli;
