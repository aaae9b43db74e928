/** The self-contained HTML report of an experiment directory, with charts drawn as inline SVG. */
package org.liaison.results.report;
