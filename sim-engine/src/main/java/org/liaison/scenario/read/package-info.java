/** Reading scenario files: parsing with positions, structural and semantic validation, problems. */
package org.liaison.scenario.read;
