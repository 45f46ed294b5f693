# Sourced by ./traguardi and ./run-tests: find_jdk prints a JAVA_HOME whose java and javac are >= 21
# (JAVA_HOME if it is one, else the JDK of javac on the PATH, else one under /usr/lib/jvm).

java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

find_jdk() { # prints a JAVA_HOME whose java and javac are >= 21
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for d in /usr/lib/jvm/*; do [ -d "$d" ] && candidates+=("$d"); done
  for home in "${candidates[@]}"; do
    if [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ]; then
      local v; v="$(java_major "$home/bin/java")"
      if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$home"; return 0; fi
    fi
  done
  return 1
}

require_jdk() { # exports JAVA_HOME or exits with a message in Italian and English
  if ! JAVA_HOME="$(find_jdk)"; then
    echo "traguardi: serve un JDK 21 o più recente (JAVA_HOME, java nel PATH o /usr/lib/jvm)." >&2
    echo "traguardi: a JDK 21 or newer is needed (JAVA_HOME, java on the PATH or /usr/lib/jvm)." >&2
    exit 70
  fi
  export JAVA_HOME
  export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
}
