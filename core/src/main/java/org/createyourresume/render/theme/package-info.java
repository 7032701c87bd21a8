/**
 * Templates ("themes"): data over one shared set of jte templates. A theme is a JSON file of
 * defaults and layout choices plus a CSS template; {@link org.createyourresume.render.theme.Style}
 * is a theme with the user's design settings applied. Internal to the render package.
 */
package org.createyourresume.render.theme;
