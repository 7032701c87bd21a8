/** The web app, packaged by feature; see docs/ARCHITECTURE.md. */
package org.createyourresume.web;
