#!/usr/bin/python3
"""Print record number and written time of every record as python-evtx reads them (tab-separated)."""
import sys

import Evtx.Evtx as evtx

with evtx.Evtx(sys.argv[1]) as log:
    for record in log.records():
        print("%d\t%s" % (record.record_num(), record.timestamp()))
