# Oracle tests: our SQL results against scipy / scikit-learn / numpy (Debian's python3).
/usr/bin/python3 test/oracle/run.py
