#!/usr/bin/env python3
"""Writes the committed seed corpora of tests/dev.faultline.formats.fuzz (run from anywhere).

Every seed is written here by hand (nothing copied from ../shared/data); zip seeds are built with
Python's zipfile plus a few hand-damaged variants. Crash inputs that fuzzing found live beside the
seeds as crash-* files and are not touched by this script.
"""
import io
import os
import struct
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "dev.faultline.formats.fuzz",
                    "src", "test", "resources", "dev", "faultline", "formats", "fuzz")

WINDBG = {
    "complete_0x50_csagent.txt": """Microsoft (R) Windows Debugger Version 10.0.26100.1 AMD64
Loading Dump File [C:\\Windows\\MEMORY.DMP]
Kernel Bitmap Dump File: Kernel address space is available
Windows 10 Kernel Version 19041 MP (4 procs) Free x64
Built by: 19041.1.amd64fre.vb_release.191206-1406
Machine Name: WS-0142
Debug session time: Fri Jul 19 04:11:52.123 2024 (UTC + 0:00)
0: kd> !analyze -v
*******************************************************************************
*                                                                             *
*                        Bugcheck Analysis                                    *
*                                                                             *
*******************************************************************************

PAGE_FAULT_IN_NONPAGED_AREA (50)
Invalid system memory was referenced.
Arguments:
Arg1: ffff840500000074, memory referenced.
Arg2: 0000000000000000, X64: bit 0 set if the fault was due to a not-present PTE.
Arg3: fffff806715114ed, If non-zero, the instruction address which referenced the memory.
Arg4: 0000000000000002, (reserved)

Debugging Details:
------------------

KEY_VALUES_STRING: 1

    Key  : Analysis.CPU.mSec
    Value: 2328

    Key  : Bugcheck.Code.LegacyAPI
    Value: 0x50

BUGCHECK_CODE:  50
BUGCHECK_P1: ffff840500000074
BUGCHECK_P2: 0
BUGCHECK_P3: fffff806715114ed
BUGCHECK_P4: 2
FILE_IN_CAB:  MEMORY.DMP
READ_ADDRESS: ffff840500000074 Paged pool
IMAGE_NAME:  csagent.sys
MODULE_NAME: csagent
FAULTING_MODULE: fffff80671430000 csagent
PROCESS_NAME:  System
TRAP_FRAME:  ffff94058305ec20 -- (.trap 0xffff94058305ec20)
NOTE: The trap frame does not contain all registers.
rax=ffff94058305f200 rbx=0000000000000000 rcx=0000000000000003
rip=fffff806715114ed rsp=ffff94058305edb0 rbp=ffff94058305eeb0
Resetting default scope

STACK_TEXT:
ffff9405`8305e978 fffff806`6f6b1c4e     : 00000000`00000050 ffff8405`00000074 00000000`00000000 ffff9405`8305ec20 : nt!KeBugCheckEx
ffff9405`8305eeb0 fffff806`71510f3e     : 00000000`00000000 00000000`00000000 00000000`00000000 00000000`00000000 : csagent+0xe14ed
ffff9405`8305eef0 fffff806`71511111     : 00000000`00000000 00000000`00000000 00000000`00000000 00000000`00000000 : csagent!SomeFunction+0x2a [c:\\src\\driver.c @ 120]

SYMBOL_NAME:  csagent+e14ed
STACK_COMMAND:  .cxr; .ecxr ; kb
FAILURE_BUCKET_ID:  AV_R_(null)_csagent!unknown_function
OS_VERSION:  10.0.19041.1
BUILDLAB_STR:  vb_release
OSNAME:  Windows 10
Followup:     MachineOwner
---------
""",
    "abridged_two_prompts.txt": """0: kd> !analyze -v
[...]
SYSTEM_SERVICE_EXCEPTION (3b)
Arguments:
Arg1: 00000000c0000005, Exception code that caused the BugCheck
Arg2: fffff80061d4f4a3, Address of the instruction which caused the BugCheck
[...]
CONTEXT:  ffffd40c4e7f6c30 -- (.cxr 0xffffd40c4e7f6c30)
rax=0000000000000000 rbx=ffffc281ec4d4600 rcx=0000000000000000
rip=fffff80061d4f4a3 rsp=ffffd40c4e7f7650 rbp=0000000000000001
iopl=0         nv up ei pl nz na po nc
cs=0010  ss=0018  ds=002b  es=002b  fs=0053  gs=002b             efl=00050206
Resetting default scope
1: kd> !analyze -v
DRIVER_IRQL_NOT_LESS_OR_EQUAL (d1)
Arg1: 0000000000000000, memory referenced
Arg3: 0000000000000000, value 0 = read operation, 1 = write operation
IMAGE_NAME:  myfault.sys
""",
    "fragment_no_banner.txt": """FAULTING_THREAD: ffffe402fe868040
READ_ADDRESS: ffff840500000074 Paged pool
IMAGE_NAME: csagent.sys
MODULE_NAME: csagent
FAULTING_MODULE: fffff80671430000 csagent
PROCESS_NAME: System
STACK_TEXT:
ffff9405`8305e978 fffff806`6f6b1c4e : nt!KeBugCheckEx
Debug session time: Mon Jan  1 00:00:00 2024 (UTC - 5:30)
""",
}

DRIVERQUERY = {
    "table.txt": """
Module Name  Display Name           Driver Type   Link Date
============ ====================== ============= ======================
1394ohci     1394 OHCI Compliant Ho Kernel        12/10/2006 4:44:38 PM
csagent      CrowdStrike Falcon     Kernel        7/18/2024 11:02:00 PM
WdFilter     Microsoft defender ... File System   29.09.2022 15:45:03
""",
    "list.txt": """Host Name:    WS-0142
Module Name:  csagent
Display Name: CrowdStrike Falcon
Driver Type:  Kernel
Link Date:    7/18/2024 11:02:00 PM

Module Name:  ACPI
Display Name: Microsoft ACPI Driver
Driver Type:  Kernel
Link Date:    2087-01-01
""",
    "csv_v.csv": '''"Module Name","Display Name","Description","Driver Type","Start Mode","State","Status","Accept Stop","Accept Pause","Paged Pool(bytes)","Code(bytes)","BSS(bytes)","Link Date","Path","Init(bytes)"
"csagent","CrowdStrike Falcon","CrowdStrike Falcon","Kernel ","System","Running","OK","TRUE","FALSE","4,096","1.234.567","0","7/18/2024 11:02:00 PM","C:\\Windows\\system32\\drivers\\CrowdStrike\\csagent.sys","8 192"
"ACPI","Microsoft ACPI Driver","Microsoft ACPI Driver","Kernel ","Boot","Running","OK","TRUE","FALSE","0","0","0","","C:\\Windows\\system32\\drivers\\ACPI.sys","0"
''',
}

EVENT_XML = {
    "wevtutil.xml": """<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Kernel-Power' Guid='{331c3b3a-2005-44c2-ac5e-77220c37d6b4}'/><EventID>41</EventID><Version>8</Version><Level>1</Level><TimeCreated SystemTime='2024-07-19T04:12:30.5000000Z'/><EventRecordID>1201</EventRecordID><Channel>System</Channel><Computer>WS-0142</Computer></System><EventData><Data Name='BugcheckCode'>80</Data><Data Name='BugcheckParameter1'>0xffff840500000074</Data><Data Name='PowerButtonTimestamp'>0</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WER-SystemErrorReporting' EventSourceName='BugCheck'/><EventID Qualifiers='16384'>1001</EventID><Level>2</Level><TimeCreated SystemTime='2024-07-19T04:13:02Z'/><Computer>WS-0142</Computer></System><EventData><Data>0x00000050 (0xffff840500000074, 0x0000000000000000, 0xfffff806715114ed, 0x0000000000000002)</Data><Data>C:\\Windows\\MEMORY.DMP</Data><Data>0b1c2d3e</Data></EventData></Event>
""",
    "saved_events.xml": """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Events>
<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="Service Control Manager" />
    <EventID>7045</EventID>
    <TimeCreated SystemTime="2024-07-19T04:09:10.000Z" />
    <Computer>WS-0142</Computer>
  </System>
  <UserData><ServiceInstall><ServiceName>CSAgent</ServiceName><ImagePath>system32\\drivers\\CrowdStrike\\csagent.sys</ImagePath></ServiceInstall></UserData>
  <RenderingInfo Culture="en-US"><Message>A service was installed &amp; started</Message></RenderingInfo>
</Event>
</Events>
""",
    "eventviewer_copy.txt": """- <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
- <System>
  <Provider Name="EventLog" />
  <EventID Qualifiers="32768">6008</EventID>
  <Level>2</Level>
  <TimeCreated SystemTime="2024-07-19T04:20:00.000000000Z" />
  <Computer>WS-0142</Computer>
  </System>
- <EventData>
  <Data>04:11:50</Data>
  <Data>19/07/2024</Data>
""",
    "cut_off.xml": """<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Kernel-Power'/><EventID>41</EventID><TimeCreated SystemTime='2024-07-19T04:12:30Z'/></System></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='X'/><EventID>6</Event""",
    "xxe.xml": """<?xml version="1.0"?>
<!DOCTYPE Event [<!ENTITY x SYSTEM "file:///etc/hostname"><!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><EventID>1</EventID><Computer>&x;</Computer></System></Event>
""",
}

EVENT_CSV = {
    "eventviewer.csv": """Level,Date and Time,Source,Event ID,Task Category
Critical,7/19/2024 4:12:30 AM,Microsoft-Windows-Kernel-Power,41,(63),"The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly."
Error,7/19/2024 4:13:02 AM,BugCheck,1001,None,"The computer has rebooted from a bugcheck.  The bugcheck was: 0x00000050 (0xffff840500000074, 0x0000000000000000, 0xfffff806715114ed, 0x0000000000000002)."
""",
    "get_winevent.csv": """#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord
"Message","Id","Version","Level","ProviderName","LogName","MachineName","RecordId","TimeCreated","LevelDisplayName"
"A service was installed in the system.

Service Name:  CSAgent","7045","0","4","Service Control Manager","System","WS-0142","88","2024-07-19T04:09:10","Information"
"bad id","x","0","4","P","System","WS-0142","89","07/19/2024 04:09:11","Information"
""",
    "get_eventlog.csv": """"Index";"EntryType";"InstanceId";"Message";"Source";"TimeGenerated";"EventID";"MachineName"
"6008";"Error";"2147489656";"The previous system shutdown at 04:11:50 was unexpected.";"EventLog";"19.07.2024 04:20:00";"6008";"WS-0142"
""",
}

SYSLOG = {
    "rfc3164.log": """Jul 19 04:09:01 ws-0142 CRON[1234]: (root) CMD (run-parts /etc/cron.hourly)
<34>Jul 19 04:10:00 ws-0142 su: 'su root' failed for lonvick on /dev/pts/8
Dec 31 23:59:59 ws-0142 kernel: [ 1.234] year ends
Jan  1 00:00:01 ws-0142 kernel: year begins
this line is not syslog
""",
    "rfc5424.log": """<165>1 2024-07-19T04:09:01.003Z ws-0142.example.com evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"][x@1 a="q\\"]"] \ufeffAn application event log entry
<165>1 2024-07-19T04:09:02+02:00 host app 99 - - message with nil SD
<13>1 - - - - - -
""",
    "rsyslog.log": """2024-07-19T04:09:01.123456+00:00 ws-0142 systemd[1]: Started Session 1 of user root.
2024-07-19T04:09:02+02:00 ws-0142 kernel: usb 1-1: new device
""",
}

JOURNALD = {
    "journal.json": """{"__CURSOR":"s=1;i=1","__REALTIME_TIMESTAMP":"1721362141000000","__MONOTONIC_TIMESTAMP":"1","_HOSTNAME":"ws-0142","SYSLOG_IDENTIFIER":"kernel","PRIORITY":"3","MESSAGE":"BUG: unable to handle page fault"}
{"__REALTIME_TIMESTAMP":"1721362142000000","_COMM":"systemd","_PID":"1","_SYSTEMD_UNIT":"init.scope","MESSAGE":[72,105,255,0],"_BOOT_ID":{"nested":[1,2]}}
{"__REALTIME_TIMESTAMP":"not a number","MESSAGE":"x"}
[1,2,3]
{not json
""",
}

TIMESKETCH_CSV = {
    "timesketch.csv": """message,timestamp,datetime,timestamp_desc,hostname,extra
"csagent.sys loaded",1721362141000000,2024-07-19T04:09:01+00:00,Event Logged,ws-0142,"a ""quoted"" value"
"multi
line message",1721362142000000,,Event Logged,-,
no time,,,Event Logged,,
""",
}

TIMESKETCH_JSONL = {
    "timesketch.jsonl": """{"message":"csagent.sys loaded","timestamp":1721362141000000,"datetime":"2024-07-19T04:09:01+00:00","timestamp_desc":"Event Logged","computer_name":"ws-0142","tag":["a","b"]}
{"message":"only micros","timestamp":"1721362142000000","timestamp_desc":"Event Logged"}
{"timestamp_desc":"no message","datetime":"2024-07-19T04:09:03Z"}
""",
}

PLASO_L2T = {
    "l2tcsv.csv": """date,time,timezone,MACB,source,sourcetype,type,user,host,short,desc,version,filename,inode,notes,format,extra
07/19/2024,04:09:01,UTC,M...,LOG,Syslog,Content Modification Time,-,ws-0142,csagent loaded,csagent.sys loaded by the sensor,2,/var/log/syslog,-,-,syslog,-
07/19/2024,04:09:02,Europe/Berlin,.A..,EVT,WinEVTX,Creation Time,-,-,-,event 41,2,System.evtx,-,-,winevtx,-
13/45/2024,25:61:61,Not/AZone,....,X,X,X,-,-,-,bad date,2,x,-,-,x,-
""",
}

PLASO_JSONL = {
    "json_line.log": """{"__container_type__": "event", "__type__": "AttributeContainer", "timestamp": 1721362141000000, "timestamp_desc": "Content Modification Time", "message": "csagent loaded", "hostname": "ws-0142", "date_time": {"__class_name__": "PosixTimeInMicroseconds", "timestamp": 1721362141000000}}
{"__container_type__": "event", "timestamp": -62135596800000001, "message": "before year 1"}
{"__container_type__": "event", "timestamp": 1.5e300}
""",
}

UPDATES = {
    "updates.csv": """Vendor,Product,Kind,Identifier,Version,Released,Reverted,Scope,Ticket
CrowdStrike,Falcon sensor,channel file,C-00000291,,2024-07-19T04:09:00Z,2024-07-19T05:27:00Z,Windows sensors >= 7.11,INC-1
Microsoft,Windows,KB,KB5040442,,7/9/2024 10:00 AM,,all,
Example,Agent,sensor,,1.0,yesterday,,,
,,,,,,,,
""",
    "updates_semicolon.csv": """Vendor;Product;Kind;Identifier;Released
CrowdStrike;Falcon sensor;channel file;C-00000291;2024-07-19
""",
}

INVENTORY = {
    "inventory.csv": """Hostname;IP Address;OS;OS Build;Sensor Version;Rack
WS-01;10.0.0.5;Windows 11;22621.3880;7.15.18513;R1
;10.0.0.6;Windows 11;22621.3880;7.15.18513;R2
""",
    "inventory_comma.csv": """Computer Name,Operating System,Sensor Version,Site
ws-0142,Windows 10 Enterprise,7.16.18605,Berlin
"ws-0143","Windows Server 2019","7.16.18605","Frankfurt, DE"
short,row
""",
}


def write(target, method, name, data):
    folder = os.path.join(ROOT, target + "Inputs", method)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def zips():
    def make(entries, compression=zipfile.ZIP_DEFLATED):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression) as z:
            for name, data in entries:
                if name.endswith("/"):
                    z.writestr(zipfile.ZipInfo(name), b"")
                else:
                    z.writestr(name, data)
        return buffer.getvalue()

    seeds = {
        "plain.zip": make([("logs/System.log", b"Jul 19 04:09:01 ws-0142 kernel: x\n"), ("analysis.txt", b"IMAGE_NAME: csagent.sys\n")]),
        "stored_with_dirs.zip": make([("a/", b""), ("a/b/", b""), ("a/b/c.txt", b"abc")], zipfile.ZIP_STORED),
        "slip.zip": make([("ok.txt", b"fine"), ("../../escaped.txt", b"pwned")]),
        "absolute.zip": make([("/tmp/absolute.txt", b"pwned")]),
        "backslash_slip.zip": make([("..\\..\\escaped.txt", b"pwned")]),
        "ratio_bomb.zip": make([("zeros.bin", bytes(300 * 1024))]),
        "many_entries.zip": make([("e%03d.txt" % i, b"x") for i in range(70)]),
        "file_then_dir.zip": make([("a", b"file"), ("a/b", b"under a file")]),
        "duplicate_names.zip": make([("same.txt", b"one"), ("same.txt", b"two")]),
        "empty.zip": make([]),
    }
    # a truncated archive and one whose name is not valid UTF-8 although flag bit 11 says so
    seeds["truncated.zip"] = seeds["plain.zip"][:45]
    bad = bytearray(make([("n\u00e4me.txt", b"data")]))
    index = bad.find("n\u00e4me".encode("utf-8"))
    while index >= 0:
        bad[index + 1] = 0xFF
        index = bad.find("n\u00e4me".encode("utf-8"), index + 1)
    seeds["bad_utf8_name.zip"] = bytes(bad)
    # a local header that declares a name with a NUL byte
    nul = bytearray(make([("nul_name.txt", b"data")]))
    for i in range(len(nul) - 8):
        if nul[i:i + 8] == b"nul_name":
            nul[i + 3] = 0
    seeds["nul_in_name.zip"] = bytes(nul)
    return seeds


def main():
    targets = {
        "WinDbgFuzzTest": WINDBG, "DriverQueryFuzzTest": DRIVERQUERY, "EventLogXmlFuzzTest": EVENT_XML,
        "EventLogCsvFuzzTest": EVENT_CSV, "SyslogFuzzTest": SYSLOG, "JournaldJsonFuzzTest": JOURNALD,
        "TimesketchCsvFuzzTest": TIMESKETCH_CSV, "TimesketchJsonlFuzzTest": TIMESKETCH_JSONL,
        "PlasoL2tCsvFuzzTest": PLASO_L2T, "PlasoJsonlFuzzTest": PLASO_JSONL, "UpdatesCsvFuzzTest": UPDATES,
        "InventoryCsvFuzzTest": INVENTORY,
    }
    for target, seeds in targets.items():
        for name, text in seeds.items():
            write(target, "parse", name, text)
            write("FormatDetectionFuzzTest", "detectAndParse", name, text)
    # encodings the detector must tell apart
    sample = SYSLOG["rfc3164.log"]
    write("FormatDetectionFuzzTest", "detectAndParse", "utf16le_no_bom.log", sample.encode("utf-16-le"))
    write("FormatDetectionFuzzTest", "detectAndParse", "utf16be_bom.log", b"\xfe\xff" + sample.encode("utf-16-be"))
    write("FormatDetectionFuzzTest", "detectAndParse", "cp1252.csv", INVENTORY["inventory.csv"].replace("R1", "Zürich €").encode("cp1252"))
    write("FormatDetectionFuzzTest", "detectAndParse", "nul.log", b"Jul 19 04:09:01 host a: b\n\x00\x00binary")
    for name, data in zips().items():
        write("ZipExpanderFuzzTest", "expand", name, data)


if __name__ == "__main__":
    main()
