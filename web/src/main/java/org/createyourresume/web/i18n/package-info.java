/**
 * The interface's languages: which one a request is answered in (an explicit choice kept in a
 * cookie, else the browser's Accept-Language, else English), and the one set of message bundles
 * ({@code i18n/messages*.properties}) that pages, scripts and problem details all read.
 */
package org.createyourresume.web.i18n;
