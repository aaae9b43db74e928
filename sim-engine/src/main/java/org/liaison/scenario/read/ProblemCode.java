package org.liaison.scenario.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.scenario.condition.ConditionSyntaxException.Reason;

/**
 * Every kind of problem the readers report, and the fragments their sentences are built from,
 * each with its English template: {0}, {1}… are the arguments, '' an apostrophe, as in a
 * {@link java.text.MessageFormat} pattern. The command line prints the English; a trainer looks
 * the code up in its own language. An argument is either text as the file or the system wrote it
 * (keys, ids, values, numbers, lists of allowed names), which no language changes, or another
 * {@link ProblemText} (a unit, a hint, a description of a value), said in the reader's language.
 */
public enum ProblemCode {
  /** A text no template made (readers of other files): shown as it is. */
  OTHER("{0}"),

  // Opening the file
  PERMISSION_DENIED("cannot be read: permission denied; check the file''s permissions"),
  IS_DIRECTORY("is a directory; give the path of a file"),
  NOT_REGULAR_FILE("is not a regular file (a device, pipe or socket); give the path of an ordinary file"),
  DANGLING_LINK("is a link to a file that does not exist; give the path of an ordinary file"),
  NO_SUCH_FILE("no such file"),
  NO_SUCH_FILE_PARENT("no such file: {0} is a file, not a directory"),
  NO_SUCH_INPUT_FILE("no such file; give the path of a .yaml, .yml or .json file"),
  NO_SUCH_INPUT_FILE_PARENT("no such file: {0} is a file, not a directory; give the path of a .yaml, .yml or .json file"),
  FILE_TOO_LARGE("file is {0} bytes; at most {1} bytes are allowed"),
  FILE_GREW("file is larger than {0} bytes; at most {1} bytes are allowed"),
  CANNOT_READ("cannot be read: {0}; check that the file is readable"),
  TEXT_TOO_LONG("text is {0} characters long; at most {1} are allowed"),
  NOT_UTF8("byte 0x{0} is not UTF-8 text; save the file as UTF-8"),

  // Parsing
  EMPTY_FILE("file is empty; expected a scenario document (see scenarios/scenario.schema.json)"),
  MORE_THAN_ONE_DOCUMENT("more than one document in the file; put one scenario per file"),
  SAFETY_LIMIT("file exceeds a safety limit: {0}"),
  LIMIT_OF_PARSER("{0}; split or shorten the offending part"),
  LIMIT_VALUES("more than {0} values in the file; at most {1} are allowed"),
  LIMIT_DEPTH("values nest deeper than {0} levels; at most {1} are allowed"),
  LIMIT_KEYS("keys are too long for how deeply they nest; keep keys short"),
  LIMIT_TEXT("text of {0} characters; at most {1} are allowed"),
  MAPPING_NOT_CLOSED("mapping is not closed; close it with ''}''"),
  LIST_NOT_CLOSED("list is not closed; close it with '']''"),
  SYNTAX_OR_LIMIT("syntax error or safety limit: {0}; {1}"),
  SYNTAX_ERROR("syntax error: {0}; {1}"),
  HINT_YAML("expected YAML: ''key: value'' lines, nested keys indented with spaces"),
  HINT_YAML_QUOTE("expected YAML: ''key: value'' lines, nested keys indented with spaces; quote text that contains"
      + " '': '' or starts with a special character"),
  HINT_JSON("expected JSON: '{'\"key\": value, ...'}' with keys in double quotes"),
  HINT_TABS("indent with spaces; tabs are not allowed in YAML indentation"),
  DUPLICATE_KEY_SYNTAX("key appears twice in the same mapping; each key may appear once"),
  KEY_NOT_TEXT("syntax error: a key must be plain text, not a list or mapping; {0}"),
  JSON_COMMENT("syntax error: comments are not allowed in JSON; remove it, or write the scenario in YAML, which"
      + " allows ''#'' comments"),
  YAML_ALIAS("YAML alias *{0} is not allowed; write the value out in full (anchors and aliases are not supported)"),
  NOT_FINITE_VALUE("{0} is not a finite number; the value must be a finite number"),
  BINARY_VALUE("binary value (!!binary) is not allowed; write plain text, a number, true or false"),
  UNEXPECTED_TOKEN("unexpected {0}; expected a value"),
  REPEATED_KEY("key ''{0}'' appears twice in the same mapping; each key may appear once"),
  REPEATED_KEY_AT("key ''{0}'' appears twice in the same mapping (first on line {1}); each key may appear once"),
  MORE_PROBLEMS("{0} more problems not listed; fix those above and validate again"),
  MORE_PROBLEMS_UNCOUNTED("more problems not listed; fix those above and validate again"),
  FURTHER_PROBLEMS("further more problems not listed; fix those above and validate again"),
  // What the YAML reader found, each of SnakeYAML's problems said as a Liaison text
  YAML_MAPPING_VALUES_HERE("mapping values are not allowed here"),
  YAML_MAPPING_KEYS_HERE("mapping keys are not allowed here"),
  YAML_SEQUENCE_ENTRIES_HERE("sequence entries are not allowed here"),
  YAML_EXPECTED_COLON("could not find expected '':''"),
  YAML_TAB("found character ''\\t'' (a tab) that cannot start any token"),
  YAML_CANNOT_START_TOKEN("found character {0} that cannot start any token"),
  YAML_END_IN_QUOTES("found unexpected end of stream inside quoted text"),
  YAML_SEPARATOR_IN_QUOTES("found unexpected document separator inside quoted text"),
  YAML_UNKNOWN_ESCAPE("found unknown escape character {0}"),
  YAML_HEX_ESCAPE("expected escape sequence of {0} hexadecimal numbers, but found: {1}"),
  YAML_INDENTATION_INDICATOR_ZERO("expected indentation indicator in the range 1-9, but found 0"),
  YAML_BLOCK_SCALAR_INDICATOR("expected chomping or indentation indicators, but found {0}"),
  YAML_EXPECTED_LINE_END("expected a comment or a line break, but found {0}"),
  YAML_ANCHOR_CHARACTER("unexpected character found {0} while scanning an anchor"),
  YAML_ALIAS_CHARACTER("unexpected character found {0} while scanning an alias"),
  YAML_DIRECTIVE_NAME("expected alphabetic or numeric character, but found {0}"),
  YAML_VERSION_DIGIT("expected a digit, but found {0}"),
  YAML_VERSION_DIGIT_OR_DOT("expected a digit or ''.'', but found {0}"),
  YAML_VERSION_DIGIT_OR_SPACE("expected a digit or '' '', but found {0}"),
  YAML_VERSION_NUMBER("found a number which cannot represent a valid version: {0}"),
  YAML_EXPECTED_SPACE("expected '' '', but found {0}"),
  YAML_EXPECTED_EXCLAMATION("expected ''!'', but found {0}"),
  YAML_TAG_NOT_CLOSED("expected ''>'', but found {0}"),
  YAML_EXPECTED_URI("expected URI, but found {0}"),
  YAML_URI_ESCAPE("expected URI escape sequence of 2 hexadecimal numbers, but found {0} and {1}"),
  YAML_URI_NOT_UTF8("expected URI in UTF-8"),
  YAML_EXPECTED_DOCUMENT_START("expected ''<document start>'', but found {0}"),
  YAML_DUPLICATE_VERSION_DIRECTIVE("found duplicate YAML directive"),
  YAML_INCOMPATIBLE_VERSION("found incompatible YAML document (version 1.* is required)"),
  YAML_DUPLICATE_TAG_HANDLE("duplicate tag handle {0}"),
  YAML_UNDEFINED_TAG_HANDLE("found undefined tag handle {0}"),
  YAML_EXPECTED_NODE("expected the node content, but found {0}"),
  YAML_EXPECTED_BLOCK_END("expected <block end>, but found {0}"),
  YAML_EXPECTED_COMMA_OR("expected '','' or {0}, but got {1}"),
  YAML_SPECIAL_CHARACTER("special characters are not allowed: {0}"),
  YAML_MALFORMED_NUMBER("malformed numeric value {0}"),
  YAML_INVALID_BASE_NUMBER("invalid base-{0} number {1}"),
  YAML_NOT_WELL_FORMED("{0}", true),
  TOKEN_ALIAS("''<alias>''"),
  TOKEN_ANCHOR("''<anchor>''"),
  TOKEN_BLOCK_END("''<block end>''"),
  TOKEN_BLOCK_MAPPING_START("''<block mapping start>''"),
  TOKEN_BLOCK_SEQUENCE_START("''<block sequence start>''"),
  TOKEN_DIRECTIVE("''<directive>''"),
  TOKEN_DOCUMENT_END("''<document end>''"),
  TOKEN_DOCUMENT_START("''<document start>''"),
  TOKEN_SCALAR("''<scalar>''"),
  TOKEN_STREAM_END("''<stream end>''"),
  TOKEN_STREAM_START("''<stream start>''"),
  TOKEN_TAG("''<tag>''"),
  TOKEN_WHITESPACE("''<whitespace>''"),
  TOKEN_ERROR("''<error>''"),
  CHAR_LINE_BREAK("a line break"),
  CHAR_SPACE("'' '' (a space)"),
  CHAR_TAB("''\\t'' (a tab)"),
  CHAR_END_OF_FILE("the end of the file"),
  CHAR_CONTROL("control character U+{0}"),

  // What the JSON reader found, each of Jackson's problems said as a Liaison text (in Jackson's words)
  JSON_EXPECTED_KEY_QUOTE("Unexpected character ({0}): was expecting double-quote to start field name"),
  JSON_EXPECTED_COLON("Unexpected character ({0}): was expecting a colon to separate field name and value"),
  JSON_EXPECTED_COMMA_OBJECT("Unexpected character ({0}): was expecting comma to separate Object entries"),
  JSON_EXPECTED_COMMA_ARRAY("Unexpected character ({0}): was expecting comma to separate Array entries"),
  JSON_EXPECTED_VALUE("Unexpected character ({0}): expected a valid value (JSON String, Number, Array, Object or"
      + " token ''null'', ''true'' or ''false'')"),
  JSON_UNRECOGNIZED_TOKEN("Unrecognized token {0}: was expecting (JSON String, Number, Array, Object or token"
      + " ''null'', ''true'' or ''false'')"),
  JSON_END_IN_OBJECT("Unexpected end-of-input: expected close marker for Object"),
  JSON_END_IN_ARRAY("Unexpected end-of-input: expected close marker for Array"),
  JSON_END_IN_STRING("Unexpected end-of-input: was expecting closing quote for a string value"),
  JSON_END_OF_INPUT("Unexpected end-of-input"),
  JSON_CLOSE_MISMATCH("Unexpected close marker {0}: expected {1}"),
  JSON_CLOSE_NOTHING("Unexpected close marker {0}: nothing open to close"),
  JSON_LEADING_ZERO("Invalid numeric value: Leading zeroes not allowed"),
  JSON_CONTROL_IN_TEXT("Illegal unquoted character ({0}): has to be escaped using backslash to be included in"
      + " string value"),
  JSON_CONTROL_BETWEEN("Illegal character ({0}): only regular white space (\\r, \\n, \\t) is allowed between"
      + " tokens"),
  JSON_UNKNOWN_ESCAPE("Unrecognized character escape {0}"),
  JSON_HEX_ESCAPE("Unexpected character ({0}): expected a hex-digit for character escape sequence"),
  JSON_MINUS_WITHOUT_DIGIT("Unexpected character ({0}) in numeric value: expected digit (0-9) to follow minus sign,"
      + " for valid numeric value"),
  JSON_POINT_WITHOUT_DIGIT("Unexpected character ({0}) in numeric value: Decimal point not followed by a digit"),
  JSON_EXPONENT_WITHOUT_DIGIT("Unexpected character ({0}) in numeric value: Exponent indicator not followed by a"
      + " digit"),
  JSON_PLUS_SIGN("Unexpected character ({0}) in numeric value: JSON spec does not allow numbers to have plus signs"),
  JSON_NOT_FINITE("Non-standard token {0}: JSON allows only finite numbers"),
  JSON_NOT_WELL_FORMED("{0}", true),

  // The reader's safety limits as the parser reports them
  LIMIT_PARSER_NUMBER("Number value length ({0}) exceeds the maximum allowed ({1})"),
  LIMIT_PARSER_TEXT("String value length ({0}) exceeds the maximum allowed ({1})"),
  LIMIT_PARSER_NAME("Name length ({0}) exceeds the maximum allowed ({1})"),
  LIMIT_PARSER_DEPTH("Document nesting depth ({0}) exceeds the maximum allowed ({1})"),
  LIMIT_PARSER_OTHER("{0}", true),

  // Why the system could not read a file
  IO_PERMISSION_DENIED("permission denied"),
  IO_IS_DIRECTORY("is a directory"),
  IO_NO_SUCH_FILE("no such file"),
  IO_OTHER("{0}", true),

  CANNOT_BIND_SCENARIO("cannot be read as a scenario: {0}; see scenarios/scenario.schema.json for the format",
      true),

  // Structure
  NOT_A_FILE_KEYS("is not {0}: it has none of the keys of one; expected some of {1}"),
  NOT_A_FILE_LIST("is not {0}: it holds a list; expected a mapping with the keys {1}"),
  NOT_A_FILE_VALUE("is not {0}: it holds a single value; expected a mapping with the keys {1}"),
  KIND_SCENARIO("a scenario file"),
  KIND_RULE_FILE("a rule file"),
  KIND_EXPERIMENT("an experiment file"),
  RETIRED_OUTCOMES("''outcomes'' is no longer a single weight: the score weighs each outcome apart; replace it by"
      + " civilianHarm, displacement, humanitarianAccess, attacksPrevented, missionSafety and conduct, or remove"
      + " scoring.weights to use the defaults"),
  RETIRED_CASUALTY_HALF("''scoreCasualtyHalf'' moved; write it as scoring.scales.civilianCasualties, or leave it"
      + " out to derive the scale from the population"),
  RETIRED_VIOLATION_HALF("''scoreViolationHalf'' moved; write it as scoring.scales.breaches"),
  UNKNOWN_KEY("unknown key ''{0}''{1}; valid keys: {2}"),
  DID_YOU_MEAN(" (did you mean ''{0}''?)"),
  MISSING_REQUIRED("missing required field; add ''{0}:'' to {1}"),
  TOP_LEVEL("the top level"),
  REQUIRED_EMPTY("required field is empty; give it a value"),
  EMPTY_LIST_ENTRY("empty list entry; remove it or give it a value"),
  EMPTY_MAP_VALUE("empty value; give it a number"),
  FOUND_NOT_TEXT("found {0}; expected text"),
  TEXTS_EMPTY("no text in any language; give a text, or a mapping from language tag to text such as '{'en: ..., fr: ...'}'"),
  TEXT_LANGUAGE_NOT_TAG("''{0}'' is not a language tag; use a BCP 47 tag such as en, fr or fr-CF"),
  TEXT_IN_LANGUAGE_NOT_TEXT("the {0} text is {1}; expected text"),
  TEXT_IN_LANGUAGE_BLANK("the {0} text is blank; write it, or leave the {0} entry out"),
  TEXT_BLANK("the text is blank; write it, or leave out a text that is optional"),
  TEXT_LANGUAGE_TWICE("''{0}'' names the same language as ''{1}''; give each language once"),
  TEXTS_WITHOUT_OWN_LANGUAGE("no text in {0}, the scenario''s language (metadata.language); add a ''{0}:'' entry"),
  LANGUAGE_NOT_TAG("''{0}'' is not a language tag; use a BCP 47 tag such as en, fr or fr-CF"),
  FOUND_NOT_BOOLEAN("found {0}; expected true or false"),
  FOUND_NOT_MAPPING_OF("found {0}; expected a mapping with the keys {1}"),
  FOUND_NOT_LIST("found {0}; expected a list"),
  FOUND_NOT_MAPPING("found {0}; expected a mapping"),
  FOUND_NOT_WHOLE("found {0}; expected a whole number"),
  FOUND_NOT_NUMBER("found {0}; expected a number"),
  UNKNOWN_VALUE("unknown value {0}{1}; allowed: {2}"),
  NUMBER_TOO_LARGE("number {0} is too large; at most {1} is allowed"),
  NUMBER_NOT_FINITE("number {0} is not finite; expected an ordinary number"),
  QUOTED("''{0}''"),
  A_LONG_NUMBER("a number of {0} characters, too long to read"),
  A_MAPPING("a mapping"),
  A_LIST("a list"),
  A_TEXT("text ''{0}''"),
  A_NUMBER("the number {0}"),
  NOTHING("nothing"),

  // Meaning
  FORMAT_VERSION("format version {0} is not supported; allowed: {1}"),
  TOO_MANY_ENTRIES("{0} entries; at most {1} are allowed"),
  INVALID_SCENARIO_ID("''{0}'' is not a valid scenario id; allowed: lower case letters, digits and hyphens, at most 64"),
  NOT_A_DATE("''{0}'' is not a date; allowed: a calendar date as YYYY-MM-DD, such as 2026-03-01"),
  NO_ROLES("no roles; at least one trainee role is required"),
  ROLE_ACTOR_NOT_MISSION("actor ''{0}'' is not part of the mission; a role acts for a mission actor"),
  UNKNOWN_INDICATOR("unknown indicator ''{0}''{1}; allowed: {2}"),
  NO_BOUND("criterion has no bound; give atLeast, atMost or both"),
  BOUNDS_CROSSED("atLeast {0} is above atMost {1}; no value could meet it"),
  NO_ZONES("no zones; at least one zone is required"),
  TOO_MANY_ZONES("{0} zones; at most {1} are allowed"),
  POLYGON_TOO_FEW("polygon has {0} points; at least 3 are needed"),
  POLYGON_TOO_MANY("polygon has {0} points; at most {1} are allowed"),
  POLYGON_CROSSING("polygon edges {0} and {1} cross; the corners must go round the zone once without crossing"
      + " (a simple polygon)"),
  POLYGON_NO_AREA("polygon has no area; its corners must not all lie on one line"),
  POINT_ARITY("point has {0} number(s); a point is exactly 2 numbers [x, y] in km"),
  POINT_OUTSIDE("point [{0}, {1}] lies outside the map; allowed: x 0 to {2}, y 0 to {3} km"),
  NO_ACTORS("actor list is empty; a scenario needs at least one mission actor and the actors it coordinates with"),
  TOO_MANY_ACTORS("{0} actors; at most {1} are allowed"),
  NO_MEDIA("no media; an actor needs at least one way to communicate"),
  NOT_PEACEKEEPING("''{0}'' is {1}; only a PEACEKEEPING_UNIT can be part of the mission"),
  TOO_MANY_UNITS("{0} units in all; at most {1} are allowed"),
  NO_MISSION_ACTOR("no actor has ''mission: true''; mark the peacekeeping actor(s) the trainees play"),
  CLIENT_NOT_PRIVATE_SECURITY("''{0}'' is {1}; only a PRIVATE_SECURITY company has a client"),
  OWN_CLIENT("a company cannot be its own client; name the actor whose sites its guards protect"),
  ID_TAKEN("id ''{0}'' is already used by an actor or hub; ids must be unique"),
  INVALID_ID("''{0}'' is not a valid {1} id; allowed: letters, digits, ''-'', ''_'' and ''.'', at most 64,"
      + " starting with a letter or digit"),
  DUPLICATE_ID("duplicate {0} id ''{1}''; ids must be unique"),
  ID_OF_ROLE("role"),
  ID_OF_OBJECTIVE("objective"),
  ID_OF_ZONE("zone"),
  ID_OF_ACTOR("actor"),
  ID_OF_UNIT("unit"),
  ID_OF_HUB("hub"),
  ID_OF_CHANNEL("channel"),
  ID_OF_SEASON("season"),
  ID_OF_DECISION_POINT("decision point"),
  ID_OF_OPTION("option"),
  SELF_TRUST("an actor''s trust in itself is not modelled; name another actor"),
  TRUST_TWICE("trust of ''{0}'' in ''{1}'' is given twice; give each ordered pair once"),
  CHANNEL_TO_ITSELF("channel joins ''{0}'' to itself; a channel joins two different actors or hubs"),
  EVENT_NUMBER_TWICE("event number {0} is used twice; event numbers must be unique"),
  CONTINGENCY_WITHOUT_CONDITION("CONTINGENCY inject without a condition; give the condition that fires it,"
      + " e.g. ''attacksExecuted >= 1''"),
  NO_RECIPIENTS("no recipients; name at least one role or actor"),
  UNKNOWN_RECIPIENT("unknown recipient ''{0}''; allowed: a role ({1}) or an actor id"),
  UNKNOWN_OBJECTIVE("unknown objective ''{0}''; allowed: {1}"),
  UNKNOWN_ROLE("unknown role ''{0}''; allowed: {1}"),
  EXPECTED_ACTION_MISSING("EXPECTED_ACTION without an expected action; give expectedResponse with its action,"
      + " one of: {0}"),
  NOT_ARMED_FACTION("''{0}'' is {1}; only an ARMED_FACTION prepares attacks"),
  NO_CHANNEL_NAMED("{0} without a channel; allowed: {1}"),
  UNKNOWN_CHANNEL("unknown channel ''{0}''; allowed: {1}"),
  NO_HOURS("{0} without hours; give hours, 1 to {1}"),
  EITHER_NOT_BOTH("give either ''{0}'' or ''{1}'', not both"),
  AMOUNT_OUT_OF_RANGE("amount {0} is out of range; allowed: -10000000 to 10000000"),
  TOO_FEW_OPTIONS("{0} option(s); a dilemma needs at least 2"),
  UNKNOWN_OPTION("unknown option ''{0}''; allowed: {1}"),
  OPTION_OVER_BUDGET("option ''{0}'' costs {1} staff-hours; the budget is {2} per day"
      + " (coordination.staffHoursPerDay)"),
  NO_TARGET("{0} without a target; give the actor it is aimed at, one of: {1}"),
  NO_ZONE("{0} without a zone; allowed: {1}"),
  NO_MEMBERS("{0} without members; give the actor ids that take part"),
  NO_MEDIUM("{0} without a medium; allowed: {1}"),
  NO_LANGUAGE("{0} without a language; give a language code such as so, en or fr"),
  NO_TASK("{0} without a task; allowed: {1}"),
  NO_ARRANGEMENT_ENDED("{0} without the standing arrangement it ends; allowed: {1}"),
  ALL_WEIGHTS_ZERO("all weights are 0; at least one must be positive"),
  SCALE_OUT_OF_RANGE("found {0}; the scale must be above 0 and at most 1e9"),
  ONLY_RADIO_RANGE("only RADIO has a range; leave rangeKm out for {0}"),
  ONLY_TRAVEL_SPEED("only COURIER and FACE_TO_FACE travel; leave speedKmh out for {0}"),
  SEASON_ENDS_BEFORE("the season ends (day {0}, hour {1}) before it begins; give a ''to'' after ''from'', or leave"
      + " it out to last until the end"),
  CLOSURE_WITHOUT_ZONE("a road closure needs a zone or two zones in ''{0}''; allowed zones: {1}"),
  CLOSURE_TWO_ZONES("''{0}'' needs two different zones, such as [market, camp]"),
  NO_WHEN("no ''at'' and no condition; give ''at'' (day and hour) or a condition"),
  UNKNOWN_CONDITION_NAME("unknown name ''{0}'' in condition; allowed: day, hour, {1}"),
  CONDITION_SYNTAX("condition does not parse: {0}; expected e.g. ''attacksExecuted >= 2 and day >= 3''"),
  CONDITION_TOO_LONG(Reason.TOO_LONG),
  CONDITION_EMPTY(Reason.EMPTY),
  CONDITION_UNEXPECTED(Reason.UNEXPECTED),
  CONDITION_TOO_DEEP(Reason.TOO_DEEP),
  CONDITION_MISSING_PARENTHESIS(Reason.MISSING_PARENTHESIS),
  CONDITION_EXPECTED_NAME(Reason.EXPECTED_NAME),
  CONDITION_EXPECTED_COMPARISON(Reason.EXPECTED_COMPARISON),
  CONDITION_EXPECTED_NUMBER(Reason.EXPECTED_NUMBER),
  EFFECT_WITHOUT_ACTOR("this effect has no actor; allowed: {0}"),
  EFFECT_WITHOUT_ZONE("this effect has no zone; allowed: {0}"),
  EFFECT_WITHOUT_AMOUNT("this effect has no amount; give amount, a number"),
  UNKNOWN_ACTOR("unknown actor ''{0}''{1}; allowed: {2}"),
  UNKNOWN_ACTOR_OR("unknown actor ''{0}''{1}; allowed: {2} or ''{3}''"),
  UNKNOWN_ENDPOINT("unknown actor or hub ''{0}''{1}; allowed: {2}, hubs: {3}"),
  UNKNOWN_ZONE("unknown zone ''{0}''{1}; allowed: {2}"),
  OUT_OF_RANGE("{0} is out of range; allowed: {1} to {2}"),
  OUT_OF_RANGE_IN("{0} is out of range; allowed: {1} to {2} {3}"),
  NONE_DEFINED("(none defined)"),
  AND_MORE("{0} and {1} more"),
  UNIT_DAYS("days"),
  UNIT_KM("km"),
  UNIT_KMH("km/h"),
  UNIT_PEOPLE("people"),
  UNIT_DELIVERIES("deliveries"),
  UNIT_UNITS("units"),
  UNIT_PERSONNEL("personnel"),
  UNIT_STAFF_HOURS("staff-hours"),
  UNIT_HOURS("hours"),
  UNIT_EVIDENCE("pieces of evidence"),
  UNIT_CASUALTIES("casualties"),
  UNIT_MESSAGES_PER_HOUR("messages per hour"),
  UNIT_HOURS_AROUND_INJECT("hours (negative: before the inject; at most withinHours)"),
  NOTE_EXERCISE_LASTS("(the exercise lasts {0} days)"),
  NOTE_LONGEST_EXERCISE("(the longest exercise)"),
  NOTE_DAY_AFTER_LAST("(the day after the last day ends it with the exercise)"),
  NOTE_TERRAIN_FACTOR("(factor on the zones'' terrain speed)"),
  NOTE_CLOSED_OPEN("(0 closed, 1 open)"),
  NOTE_SPEED_LEFT("(share of the usual speed left: 0 closed, 1 open)"),

  // Saved exercises
  SAVE_NOT_OBJECT("not a saved exercise; a save is a JSON object with formatVersion, scenarioFile, completed and"
      + " decisionLog"),
  SAVE_UNKNOWN_KEY("unknown key{0}; allowed: {1}"),
  VALUE_MISSING("missing"),
  VALUE_IS("is {0}"),
  VALUE_NOT_TEXT("is not text"),
  SAVE_FORMAT_VERSION("{0}; this program reads saves of format version {1}"),
  SAVE_SCENARIO_FILE("{0}; allowed: the file name of the scenario played, such as exercise.yaml"),
  SAVE_SCENARIO_NOT_FILE_NAME("''{0}'' is not a file name; allowed: the name of the scenario file beside the save,"
      + " without folders"),
  SAVE_COMPLETED("{0}; allowed: the hours played, a whole number from 0 to {1}"),
  SAVE_DECISION_LOG("{0}; allowed: the exercise''s decision log as text (JSON Lines)"),
  SAVE_LOG_DAMAGED("the saved decision log is damaged: {0}"),
  SAVE_COMPLETED_AFTER_END("is {0} hours, but the exercise lasts {1} days; allowed: 0 to {2}"),
  SAVE_ENTRY_AFTER_COMPLETED("entry {0} was made after {1} hours, later than the {2} hours the save says were"
      + " played"),
  SAVE_PARTICIPANTS_NOT_MAP("is not a map; allowed: trainee names by role id"),
  SAVE_PARTICIPANT_NAME("is {0}; allowed: the trainee''s name as text"),
  SAVE_ROLES_NOT_LIST("is not a list; allowed: a list of role ids"),
  SAVE_ROLE("is {0}; allowed: a role id"),
  SAVE_LOG_UNREADABLE("the saved decision log cannot be read: {0}"),
  SAVE_DECISION_PENDING("the saved exercise does not match this scenario: a decision point is pending at hour {0}"
      + " with no choice saved"),

  // Decision logs
  LOG_AT_LINE("{0}:{1}: {2}"),
  LOG_AT_COLUMN("{0}:{1}:{2}: {3}"),
  LOG_EMPTY("{0}: empty decision log"),
  LOG_NOT_JSON("not a JSON object: {0}"),
  LOG_UNKNOWN_ACTION_VALUE("action {0} ''{1}'' is unknown; allowed: {2}"),
  LOG_CONTROL_UNREADABLE("control: {0}", true),
  LOG_ENTRY_UNREADABLE("{0}", true),
  LOG_NOT_OBJECT("not a JSON object; each line of a decision log is one"),
  LOG_NOT_UTF8("not UTF-8 text (byte {0} of the line); a decision log is UTF-8"),
  LOG_NOT_A_LOG("not a decision log (the first line must have \"log\":\"{0}\")"),
  LOG_VERSION("unsupported version {0} (this program reads 1 and {1})"),
  LOG_NONE("(none)"),
  LOG_SEED("the header has {0}; a decision log records the run''s seed, a whole number from {1} to {2}"),
  LOG_NO_SEED("no seed"),
  LOG_THE_SEED("the seed {0}"),
  LOG_DAYS("the header has {0}; a decision log records the run''s length in days, a whole number from 1 to {1}"),
  LOG_NO_DAYS("no days"),
  LOG_THE_DAYS("the days {0}"),
  LOG_HEADER_FIELD("the header has no {0}; a decision log names the run''s {0}"),
  LOG_SEQ("entry numbered {0} where {1} follows; entries are numbered 1, 2, 3, ... in the order they happened"),
  LOG_NEGATIVE_TICK("entry {0} has a negative tick"),
  LOG_ORDER("entry {0} happened after {1} ticks, before entry {2} (after {3}); entries are in the order they"
      + " happened"),
  LOG_AFTER_END("entry {0} at tick {1} lies after the end of the {2}"),
  LOG_LONGEST_RUN("longest possible run"),
  LOG_DAY_RUN("{0}-day run"),
  LOG_OPTION_ORDER("entry {0} is an action of an option of {1} but does not follow that choice at its tick; an"
      + " option''s actions follow the choice"),
  LOG_MOVED_BETWEEN("entry {0} has tick {1} but was made between ticks after {2} ticks, whose tick is {3}; an entry"
      + " cannot be moved to another tick"),
  LOG_MOVED_DURING("entry {0} has tick {1} but was made during tick {2}; an entry cannot be moved to another tick"),
  LOG_DAILY_TICK("entry {0} is a daily action at tick {1}; daily actions are taken at the start of a day (a tick"
      + " divisible by 24)"),
  LOG_UNKNOWN_PHASE("unknown phase ''{0}''; allowed: daily, point, option, desk"),
  LOG_UNKNOWN_KIND("unknown kind ''{0}''; allowed: action, choice"),
  LOG_ACTION_NO_TYPE("action without type"),
  LOG_NO_KIND("entry without kind"),
  LOG_NO_PHASE("entry without phase"),
  LOG_NO_TAKEN("entry without \"taken\": true or false"),
  LOG_WHOLE("entry {0}; it must be a whole number from 0 to {1}"),
  LOG_WITHOUT_FIELD("without \"{0}\""),
  LOG_WITH_FIELD("with \"{0}\": {1}");

  private final String template;
  private final int arity;
  private final boolean libraryWords;

  ProblemCode(String template) {
    this(template, false);
  }

  /**
   * A code whose only argument is a library's own English words, for a problem no code of Liaison
   * names: the command line prints them, a trainer in another language says only what kind of
   * problem it is.
   */
  ProblemCode(String template, boolean libraryWords) {
    this.template = template;
    this.libraryWords = libraryWords;
    Matcher holes = Pattern.compile("\\{(\\d)}").matcher(template);
    int count = 0;
    while (holes.find()) {
      count = Math.max(count, Integer.parseInt(holes.group(1)) + 1);
    }
    this.arity = count;
  }

  /** The part of a problem that says why a condition does not parse, in the condition parser's words. */
  ProblemCode(Reason reason) {
    this(reason.template());
  }

  /** The code that says a condition parser's reason. */
  static ProblemCode of(Reason reason) {
    return valueOf("CONDITION_" + reason.name());
  }

  /** The English template, a {@link java.text.MessageFormat} pattern. */
  public String template() {
    return template;
  }

  /** Whether the argument is a library's English words, which a reader in another language leaves out. */
  public boolean libraryWords() {
    return libraryWords;
  }

  /** How many arguments the template takes. */
  public int arity() {
    return arity;
  }

  /** The English text with the arguments, already in English, in their holes. */
  String fill(java.util.List<String> args) {
    return org.liaison.events.TextTemplate.fillOnce(template, args);
  }
}
