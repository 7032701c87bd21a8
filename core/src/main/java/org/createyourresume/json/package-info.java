/**
 * JSON Resume text ⇄ {@link org.createyourresume.model.Resume}: tolerant reading of older
 * dialects, lossless writing, and validation that reports every problem with its field path.
 */
package org.createyourresume.json;
