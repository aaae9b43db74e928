@echo off
rem The one entry point for every Liaison command on Windows. Builds what is missing or out of
rem date, then runs it. The same steps as the ./liaison script for other systems.
setlocal EnableExtensions
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "JAR=%ROOT%\cli\target\liaison.jar"
set "ARCHIVE=%ROOT%\cli\target\liaison.jsa"

set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if not defined BUILD (
  rem Any pom.xml or main source newer than the jar means the jar is out of date.
  powershell -NoProfile -Command "$jar=(Get-Item -LiteralPath '%JAR%').LastWriteTime; $newer=Get-ChildItem -LiteralPath '%ROOT%' -Recurse -File -ErrorAction SilentlyContinue | Where-Object { ($_.Name -eq 'pom.xml' -or $_.FullName -like '*\src\main\*') -and $_.FullName -notlike '*\.git\*' -and $_.LastWriteTime -gt $jar } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }" >nul 2>&1
  if errorlevel 1 set "BUILD=1"
)

if defined BUILD (
  where java >nul 2>&1 || (echo liaison: 'java' is not installed; Liaison needs Java 17+ and Maven 3.8+ to build 1>&2 & exit /b 1)
  where mvn >nul 2>&1 || (echo liaison: 'mvn' is not installed; Liaison needs Java 17+ and Maven 3.8+ to build 1>&2 & exit /b 1)
  echo liaison: building the command-line tools ^(first use or sources changed^)... 1>&2
  call mvn -B -q -f "%ROOT%\pom.xml" -DskipTests package > "%TEMP%\liaison-build.log" 2>&1
  if errorlevel 1 (
    type "%TEMP%\liaison-build.log" 1>&2
    del "%TEMP%\liaison-build.log" >nul 2>&1
    echo liaison: the build failed; see the messages above 1>&2
    exit /b 1
  )
  del "%TEMP%\liaison-build.log" >nul 2>&1
  if exist "%ARCHIVE%" del /f "%ARCHIVE%" >nul 2>&1
)

rem A class-data sharing archive of the classes a short run loads, made once per build, cuts
rem start-up (docs/performance.md).
if not exist "%ARCHIVE%" (
  set "TRAINING=%TEMP%\liaison-training-%RANDOM%%RANDOM%"
  call :train
)

set "SHARE="
if exist "%ARCHIVE%" set "SHARE=-XX:SharedArchiveFile=%ARCHIVE% -Xshare:auto -Xlog:cds=off"
set "QUICK="
set "COMPILER="
for %%C in (validate schema help --help -h --version -V) do if /i "%~1"=="%%C" set "QUICK=-XX:TieredStopAtLevel=1"
if "%~1"=="" set "QUICK=-XX:TieredStopAtLevel=1"
rem A batch is a throughput job: the parallel collector does its work for less CPU than G1, and
rem smaller inlining budgets cut the optimising compiler's work (see the ./liaison script); a
rem collector chosen in LIAISON_JAVA_OPTS wins, and so do compiler options given there.
if /i "%~1"=="batch" (
  echo(%LIAISON_JAVA_OPTS%| findstr /r /c:"-XX:+Use[A-Za-z0-9]*GC" >nul || set "QUICK=-XX:+UseParallelGC"
  set "COMPILER=-XX:FreqInlineSize=150 -XX:InlineSmallCode=1000 -XX:MaxInlineLevel=9"
)
rem A young generation of 16 MB per processor keeps each worker's allocations in the caches.
if /i "%~1"=="batch" (
  set /a YOUNG=16*NUMBER_OF_PROCESSORS
)
if /i "%~1"=="batch" if defined YOUNG set "COMPILER=%COMPILER% -Xmn%YOUNG%m"

java %SHARE% %QUICK% %COMPILER% %LIAISON_JAVA_OPTS% -Dliaison.stderr.terminal=false -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:train
mkdir "%TRAINING%" >nul 2>&1
java -XX:DumpLoadedClassList="%TRAINING%\classes" -jar "%JAR%" run "%ROOT%\scenarios\somalia-lower-shabelle.yaml" --days 1 --out "%TRAINING%\run" >nul 2>&1
if not errorlevel 1 (
  java -Xshare:dump -XX:SharedClassListFile="%TRAINING%\classes" -XX:SharedArchiveFile="%ARCHIVE%" -cp "%JAR%" >nul 2>&1
  if errorlevel 1 del /f "%ARCHIVE%" >nul 2>&1
)
rmdir /s /q "%TRAINING%" >nul 2>&1
exit /b 0
