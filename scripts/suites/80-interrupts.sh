# Interrupts and memory (test/reliability/interrupts.py): every aggregate and table function of the
# extension over 10M rows is cancelled by statement_timeout within 1 s (measured), also when the
# timeout lands late in the statement (final/combine functions); GROUP BY over 100,000 groups stays
# within work_mem (sorts or spills); aggregates returning mlcheck types stay bounded in size.
/usr/bin/python3 test/reliability/interrupts.py
