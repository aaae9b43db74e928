/**
 * Reading scenario files: parsing with positions, structural and semantic validation, problems.
 *
 * <p>{@link org.liaison.scenario.read.ScenarioReader} runs three stages and reports the problems
 * of all three at once, sorted by line: {@link org.liaison.scenario.read.DocumentParser} (syntax,
 * repeated keys, aliases, safety limits), {@link org.liaison.scenario.read.StructureChecker}
 * (keys, types, enum values, required fields, against the record classes) and the semantic checks
 * (ranges, ids, references, polygons, budgets, conditions). Every limit that protects against a
 * hostile file lives in one of the first two stages: file size, nesting, node count, string and
 * number length, total pointer length, and the number of problems each stage keeps.
 */
package org.liaison.scenario.read;
