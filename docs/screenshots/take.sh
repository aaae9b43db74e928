#!/usr/bin/env bash
# Takes a PNG of each screen of the trainer UI (library, briefing, exercise, decision, review)
# into docs/screenshots. Runs headless through Monocle, so it needs no display; on a desktop,
# `./liaison ui --screenshots DIR` does the same in a real window.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/screenshots}"
cd "$root"
mvn -B -q -pl trainer-ui -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
cp="trainer-ui/target/classes:trainer-ui/target/test-classes:$(cat trainer-ui/target/test.classpath)"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
  -Dheadless.geometry=1440x900-32 \
  -cp "$cp" org.liaison.ui.UiMain --scenarios "$root/scenarios" --screenshots "$out"
ls -l "$out"/*.png
