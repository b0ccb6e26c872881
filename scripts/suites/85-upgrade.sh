# Upgrade path and stored values (test/reliability/upgrade.py): each older version of mlcheck walks
# ALTER EXTENSION UPDATE to the default and must equal a fresh install in the catalog; values
# stored by released versions (test/fixtures/<version>/<type>.txt) still read.
/usr/bin/python3 test/reliability/upgrade.py
