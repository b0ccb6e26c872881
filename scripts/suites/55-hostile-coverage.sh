# Catalog check of the hostile-input pgTAP suite (test/hostile*.sql, run by 30-pgtap): every
# function, aggregate and type of the extension has a "-- covers:" line there (see
# test/reliability/hostile_coverage.py), so a function that lands without hostile tests fails.
/usr/bin/python3 test/reliability/hostile_coverage.py
