/** English spelling and grammar with LanguageTool, started lazily and pooled. */
package org.createyourresume.ats.grammar;
