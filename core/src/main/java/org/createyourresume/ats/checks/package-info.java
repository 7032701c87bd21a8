/** One class per check; each reads a {@link org.createyourresume.ats.checks.CheckContext} and reports findings. */
package org.createyourresume.ats.checks;
