#!/usr/bin/env bash
# The ./cep launcher: it runs from a symbolic link on the PATH, from another folder; CEP_JAVA_EXTRA_OPTS adds JVM
# options after its own, CEP_JAVA_OPTS replaces them (the JVM's -XX:+PrintCommandLineFlags shows what it was given).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fail() { echo "check-launcher: $*" >&2; exit 1; }

link="$(mktemp -d)"
trap 'rm -rf "$link"' EXIT
ln -s "$root/cep" "$link/cep"
(cd / && PATH="$link:$PATH" cep --version > /dev/null) || fail "cep from a symbolic link on the PATH did not run"

flags() { "$root/cep" --version | head -n 1; }
added="$(CEP_JAVA_EXTRA_OPTS="-XX:+PrintCommandLineFlags -Xmx1g" flags)"
case "$added" in *-XX:FreqInlineSize=*) ;; *) fail "CEP_JAVA_EXTRA_OPTS dropped the launcher's options: $added" ;; esac
case "$added" in *-XX:MaxHeapSize=1073741824*) ;; *) fail "CEP_JAVA_EXTRA_OPTS was not given to the JVM: $added" ;; esac
replaced="$(CEP_JAVA_OPTS="-XX:+PrintCommandLineFlags -Xmx1g" flags)"
case "$replaced" in *-XX:FreqInlineSize=*) fail "CEP_JAVA_OPTS kept the launcher's options: $replaced" ;; esac
case "$replaced" in *-XX:MaxHeapSize=1073741824*) ;; *) fail "CEP_JAVA_OPTS was not given to the JVM: $replaced" ;; esac
echo "check-launcher: ok"
