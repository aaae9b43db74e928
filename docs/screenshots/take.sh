#!/usr/bin/env bash
# Takes a PNG of each screen of the trainer UI (library, briefing, exercise, decision, review)
# at 1024x700 and 1920x1080, in English into docs/screenshots/WIDTHxHEIGHT/ and in French into
# docs/screenshots/fr/WIDTHxHEIGHT/, and in the projector mode at 1920x1080 into
# docs/screenshots/projector/1920x1080/ and docs/screenshots/fr/projector/1920x1080/. Runs headless through Monocle,
# so it needs no display; on a desktop, `./liaison ui --window 1024x700 --screenshots DIR` does the
# same in a real window.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/screenshots}"
cd "$root"
mvn -B -q -pl trainer-ui -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
cp="trainer-ui/target/classes:trainer-ui/target/test-classes:$(cat trainer-ui/target/test.classpath)"
for lang in en fr; do
  for size in 1024x700 1920x1080; do
    dir="$out/$size"
    [ "$lang" = en ] || dir="$out/$lang/$size"
    mkdir -p "$dir"
    java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
      -Dheadless.geometry=1920x1080-32 \
      -cp "$cp" org.liaison.ui.UiMain --scenarios "$root/scenarios" --window "$size" --lang "$lang" \
      --screenshots "$dir"
  done
done
# The projector mode on a 1920 x 1080 projector: large text, high contrast, heavier map lines.
for lang in en fr; do
  dir="$out/projector/1920x1080"
  [ "$lang" = en ] || dir="$out/fr/projector/1920x1080"
  mkdir -p "$dir"
  java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
    -Dheadless.geometry=1920x1080-32 \
    -cp "$cp" org.liaison.ui.UiMain --scenarios "$root/scenarios" --window 1920x1080 --lang "$lang" \
    --projector --screenshots "$dir"
done
ls -l "$out"/*/*.png "$out"/fr/*/*.png "$out"/projector/*/*.png "$out"/fr/projector/*/*.png
