#!/usr/bin/env bash
# The ./cep launcher: it runs from a symbolic link on the PATH, from another folder; CEP_JAVA_EXTRA_OPTS adds JVM
# options after its own, CEP_JAVA_OPTS replaces them (the JVM's -XX:+PrintCommandLineFlags shows what it was given);
# the build's class-data archive is given to the JVM, which maps it, when it is newer than the jar, and not when it
# is older; an archive the JVM cannot use (made for another jar) costs nothing but its speed, with no message; a
# source edited after the launcher's last build makes it build again, one edited before does not.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fail() { echo "check-launcher: $*" >&2; exit 1; }

link="$(mktemp -d)"
copy="$(mktemp -d)"
trap 'rm -rf "$link" "$copy"' EXIT
ln -s "$root/cep" "$link/cep"
(cd / && PATH="$link:$PATH" cep --version > /dev/null) || fail "cep from a symbolic link on the PATH did not run"

flags() { "$root/cep" --version | head -n 1; }
added="$(CEP_JAVA_EXTRA_OPTS="-XX:+PrintCommandLineFlags -Xmx1g" flags)"
case "$added" in *-XX:FreqInlineSize=*) ;; *) fail "CEP_JAVA_EXTRA_OPTS dropped the launcher's options: $added" ;; esac
case "$added" in *-XX:MaxHeapSize=1073741824*) ;; *) fail "CEP_JAVA_EXTRA_OPTS was not given to the JVM: $added" ;; esac
replaced="$(CEP_JAVA_OPTS="-XX:+PrintCommandLineFlags -Xmx1g" flags)"
case "$replaced" in *-XX:FreqInlineSize=*) fail "CEP_JAVA_OPTS kept the launcher's options: $replaced" ;; esac
case "$replaced" in *-XX:MaxHeapSize=1073741824*) ;; *) fail "CEP_JAVA_OPTS was not given to the JVM: $replaced" ;; esac

case "$added" in *-XX:SharedArchiveFile=*) ;; *) fail "the build's class-data archive was not given to the JVM: $added" ;; esac
CEP_JAVA_EXTRA_OPTS="-Xshare:on" "$root/cep" --version > /dev/null 2>&1 \
  || fail "the JVM could not map the build's class-data archive (-Xshare:on): is the java on the PATH the one that ran Maven?"

# a copy of the launcher with a copy of the jar: the archive older than the jar, then made for another jar
mkdir -p "$copy/cep-cli/target"
cp "$root/cep" "$copy/cep"
cp "$root/cep-cli/target/cep.jar" "$copy/cep-cli/target/cep.jar"
cp "$root/cep-cli/target/cep.jsa" "$copy/cep-cli/target/cep.jsa"
touch -d "1 hour ago" "$copy/cep-cli/target/cep.jsa"
old="$(CEP_JAVA_EXTRA_OPTS="-XX:+PrintCommandLineFlags" "$copy/cep" --version | head -n 1)"
case "$old" in *-XX:SharedArchiveFile=*) fail "an archive older than the jar was given to the JVM: $old" ;; esac
touch "$copy/cep-cli/target/cep.jsa"
messages="$("$copy/cep" --version 2>&1 > /dev/null)" || fail "an archive made for another jar stopped the launcher"
[ -z "$messages" ] || fail "an archive made for another jar gave messages: $messages"
# a source edited since the jar was built, but before the launcher last built it (an edit the jar did not change,
# which leaves the jar as it was): not built again; a source edited after that: built again (here, with no project
# to build, the build fails, after the launcher said it would build)
mkdir -p "$copy/cep-json/src/main"
touch -d "30 minutes ago" "$copy/cep-cli/target/cep.jar"
touch -d "20 minutes ago" "$copy/cep-json/src/main/Edited.java"
touch -d "10 minutes ago" "$copy/cep-cli/target/cep.built"
messages="$("$copy/cep" --version 2>&1 > /dev/null)" || fail "the launcher built a jar it had built since the edit: $messages"
case "$messages" in *building*) fail "the launcher built a jar it had built since the edit: $messages" ;; esac
touch "$copy/cep-json/src/main/Edited.java"
messages="$("$copy/cep" --version 2>&1 > /dev/null)" || true
case "$messages" in *building*) ;; *) fail "the launcher did not build after a source was edited: $messages" ;; esac
echo "check-launcher: ok"
