/**
 * The scenario sanity check: runs a scenario under the built-in policies over many seeds and
 * reports how often each objective criterion and MSEL expectation is met, and what never
 * happens (decision points, injects, actors, indicators).
 */
package org.liaison.results.check;
