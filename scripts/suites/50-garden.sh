# Garden test (test/reliability/garden.py): every function and aggregate of the extension, from
# the catalog, called with nasty arguments; corrupted values of every mlcheck type through text
# input and binary receive; every function again under a hostile search_path. Fails on a crash,
# an assertion failure, an internal (XX) error, a statement timeout, a leak warning or injection.
/usr/bin/python3 test/reliability/garden.py ${MLCHECK_GARDEN_ARGS:-}
