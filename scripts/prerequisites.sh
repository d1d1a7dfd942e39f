# Sourced by ./phasescope and ./run-tests: finds a JDK 17+ and checks what the Maven Wrapper needs, printing
# one paragraph and exiting 1 when something is missing (no Maven or Java stack trace).

# Sets PHASESCOPE_JAVA to the java of JAVA_HOME, else of the PATH, when it is Java 17 or newer (with javac
# beside it when the argument is "jdk").
require_java() {
  local java="" found="none was found"
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java="$JAVA_HOME/bin/java"
  else
    java="$(command -v java || true)"
  fi
  if [ -n "$java" ]; then
    local version major
    version="$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)"
    major="${version%%.*}"
    [ "$major" = 1 ] && major="$(echo "$version" | cut -d. -f2)"
    if [ -n "$major" ] && [ "$major" -ge 17 ] 2>/dev/null; then
      if [ "${1:-}" != jdk ] || [ -x "$(dirname "$(readlink -f "$java")")/javac" ]; then
        PHASESCOPE_JAVA="$java"
        return 0
      fi
      found="$java is a runtime without the compiler javac"
    else
      found="$java is Java ${version:-of an unknown version}"
    fi
  fi
  echo "Phasescope needs a Java Development Kit (JDK) 17 or newer to build and run, and $found." \
    "On Debian or Ubuntu install one with: sudo apt-get install openjdk-17-jdk libgtk-3-0." \
    "Elsewhere, download a JDK 17+ from https://adoptium.net (Eclipse Temurin) and put its bin folder on" \
    "the PATH or set JAVA_HOME to it. Maven is not needed: ./mvnw downloads it." >&2
  exit 1
}

# The Maven Wrapper unpacks its checksum-verified Maven zip with unzip (without it, it would fetch a
# .tar.gz whose checksum is not the pinned one); checked only until Maven has been unpacked once.
require_wrapper_tools() {
  if [ ! -d "${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists" ] && ! command -v unzip >/dev/null; then
    echo "Phasescope builds with the Maven Wrapper (./mvnw), which needs unzip to unpack Maven on first use," \
      "and unzip was not found. On Debian or Ubuntu: sudo apt-get install unzip." >&2
    exit 1
  fi
}
