/**
 * View → plain text (for pasting into application forms) and Markdown. Internal to the render
 * package.
 */
package org.createyourresume.render.text;
