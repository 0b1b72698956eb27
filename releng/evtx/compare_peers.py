#!/usr/bin/python3
"""Compare Faultline's EVTX reader with evtxexport (libevtx) and python-evtx on one file.

Inputs (produced by compare-peers.sh): evtxexport -f xml and text output, evtx_dump.py XML,
python-evtx record numbers/written times, Faultline's XML and TSV dumps. Compares record counts,
record numbers, written times, EventRecordID, TimeCreated/SystemTime, EventID, provider and
EventData/UserData values. Prints one Markdown table row per file and the details of every
difference; differences of a documented kind (see PEER-DIFFERENCES.md) are counted as
"explained", everything else as "unexplained". Exit status 1 if anything is unexplained.
"""
import base64
import binascii
import datetime
import difflib
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://schemas.microsoft.com/win/2004/08/events/event}"
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def local(tag):
    return tag.split("}", 1)[-1]


def event_fields(event):
    """EventRecordID, SystemTime, EventID, provider and ordered (key, value) data of one <Event>."""
    system = event.find(NS + "System")
    def text(name):
        e = system.find(NS + name)
        return (e.text or "") if e is not None else ""
    tc = system.find(NS + "TimeCreated")
    provider = system.find(NS + "Provider")
    data = []
    for section in event:
        name = local(section.tag)
        if name == "EventData":
            for child in section:
                key = child.get("Name") if local(child.tag) == "Data" and child.get("Name") else local(child.tag)
                data.append((key, child.text or ""))
        elif name == "UserData":
            for leaf in section.iter():
                if len(leaf) == 0 and leaf is not section:
                    data.append((local(leaf.tag), leaf.text or ""))
    return {
        "EventRecordID": text("EventRecordID"),
        "SystemTime": tc.get("SystemTime", "") if tc is not None else "",
        "EventID": text("EventID"),
        "Provider": provider.get("Name", "") if provider is not None else "",
        "data": data,
    }


def parse_event_blocks(path, skip_lines):
    """evtxexport / Faultline XML: events separated by blank lines."""
    with open(path, encoding="utf-8", errors="replace") as f:
        body = "".join(f.readlines()[skip_lines:])
    events = []
    for block in body.split("\n\n"):
        block = block.strip()
        if block.startswith("<Event"):
            events.append(event_fields(ET.fromstring(INVALID_XML.sub("", block))))
    return events


def parse_python_dump(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        body = f.read()
    body = re.sub(r"^<\?xml[^>]*\?>", "", body.lstrip())
    root = ET.fromstring(INVALID_XML.sub("", body))
    return [event_fields(e) for e in root]


def parse_evtxexport_text(path):
    """(Event number, Written time) pairs from evtxexport's default text output."""
    pairs = []
    number = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("Event number"):
                number = int(line.split(":", 1)[1])
            elif line.startswith("Written time") and number is not None:
                value = line.split(":", 1)[1].strip()
                pairs.append((number, value))
                number = None
    return pairs


def evtxexport_time_to_iso(value):
    # "Mar 03, 2019 09:23:58.856880700 UTC" -> "2019-03-03T09:23:58.856880700Z"
    m = re.match(r"(\w{3}) (\d\d), (\d{4}) (\d\d:\d\d:\d\d)\.(\d{9}) UTC", value)
    if not m:
        return value
    month = datetime.datetime.strptime(m.group(1), "%b").month
    return "%s-%02d-%sT%s.%sZ" % (m.group(3), month, m.group(2), m.group(4), m.group(5))


def iso_to_micros(value):
    """ISO (any fraction) or python-evtx 'YYYY-MM-DD hh:mm:ss[.ffffff]' -> microseconds since 1601."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z?$", value)
    if not m:
        return None
    d = datetime.datetime(*[int(x) for x in m.groups()[:6]])
    frac = (m.group(7) or "0").ljust(9, "0")[:9]
    return int((d - datetime.datetime(1601, 1, 1)).total_seconds()) * 1_000_000 + int(frac) // 1000


def load_ours_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            rows.append((int(parts[0]), parts[1]))
    return rows


def instant_to_filetime_iso(value):
    # Java Instant.toString(): 2019-03-03T09:23:58.856880700Z or without fraction
    m = re.match(r"(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?Z$", value)
    return "%s.%sZ" % (m.group(1), (m.group(2) or "").ljust(9, "0")) if m else value


PY_ARRAY = re.compile(r"<string>(.*?)</string>", re.S)


def normalise_python_data(data):
    """python-evtx writes a string array as one Data of <string> items; expand like the others."""
    out = []
    for key, value in data:
        if key == "Data" and value.startswith("<string>"):
            out.extend(("Data", item) for item in PY_ARRAY.findall(value))
        else:
            out.append((key, value))
    return out


def same_value(ours, theirs):
    """Documented formatting differences of python-evtx: letter case of GUIDs and booleans,
    SYSTEMTIME/FILETIME values printed as 'YYYY-MM-DD hh:mm:ss[.ffffff]' via a float."""
    if ours == theirs:
        return True, None
    if ours.lower() == theirs.lower():
        return True, "letter case (GUID/bool)"
    a, b = iso_to_micros(ours), iso_to_micros(theirs)
    if a is not None and b is not None and abs(a - b) <= 4:
        return True, "time format/float rounding"
    try:
        if ours.startswith("0x") and int(ours, 16) == int(theirs, 16):
            return True, "hex digits"
    except ValueError:
        pass
    return False, None


def compare_data(o, theirs, peer_name, differ):
    if len(o["data"]) != len(theirs):
        differ("data", "record %s: faultline %d values, %s %d: %r vs %r" % (
            o["EventRecordID"], len(o["data"]), peer_name, len(theirs), o["data"], theirs))
        return
    for (ok_key, ov), (tk, tv) in zip(o["data"], theirs):
        if ok_key != tk:
            differ("data name", "record %s: faultline %r %s %r" % (o["EventRecordID"], ok_key, peer_name, tk))
            continue
        same, why = same_value(ov, tv)
        if not same and peer_name == "evtxexport" and tv == "" and ov.strip() == "":
            differ("data value", "", "evtxexport prints a whitespace-only value as empty")
        elif not same:
            differ("data value", "record %s %s: faultline %r %s %r" % (o["EventRecordID"], ok_key, ov, peer_name, tv))
        elif why:
            differ("data value", "", why)


def base64_to_hex(value):
    try:
        return base64.b64decode(value, validate=True).hex().upper()
    except (binascii.Error, ValueError):
        return None


def compare_python_data(o, raw, evtxexport_data, differ):
    """python-evtx differs from Windows/evtxexport in three documented ways: Binary as base64,
    elements of empty optional substitutions printed (<Data></Data>, <Binary></Binary>), and
    string arrays split wrongly when an item is empty. Those count as explained only when
    Faultline agrees exactly with evtxexport on the record's values."""
    theirs = normalise_python_data(raw)
    if theirs == o["data"]:
        return
    agrees_with_evtxexport = evtxexport_data == o["data"]
    our_values = set(v for _, v in o["data"])
    converted = []
    for key, value in theirs:
        as_hex = base64_to_hex(value) if value else None
        if as_hex is not None and as_hex in our_values:
            value = as_hex
        converted.append((key, value))
    if converted == o["data"]:
        differ("data", "", "python-evtx Binary as base64")
        return
    present = set(k for k, _ in o["data"])
    without_empty_optional = [(k, v) for k, v in converted if v != "" or (k in present and k != "Binary" and k != "Data")]
    ours_no_empty_data = [(k, v) for k, v in o["data"] if not (k == "Data" and v == "")]
    theirs_no_empty_data = [(k, v) for k, v in without_empty_optional if not (k == "Data" and v == "")]
    if agrees_with_evtxexport and ours_no_empty_data == theirs_no_empty_data:
        differ("data", "", "python-evtx prints empty optional elements")
        return
    if agrees_with_evtxexport and any(k == "Data" and v.startswith("<string>") for k, v in raw):
        differ("data", "", "python-evtx string array with empty items")
        return
    if agrees_with_evtxexport and len(converted) == len(o["data"]):
        all_explained = True
        for (ok_key, ov), (tk, tv) in zip(o["data"], converted):
            same, why = same_value(ov, tv)
            if ok_key != tk or not same:
                all_explained = False
                break
        if all_explained:
            differ("data", "", "letter case (GUID/bool)")
            return
    differ("data", "record %s: faultline %r python-evtx %r" % (o["EventRecordID"], o["data"], raw))


def main():
    name, ee_xml, ee_text, py_xml, py_hdr, our_xml, our_tsv = sys.argv[1:8]
    details = []
    unexplained = 0
    explained = {}

    def differ(kind, text, explanation=None):
        nonlocal unexplained
        if explanation:
            explained[explanation] = explained.get(explanation, 0) + 1
        else:
            unexplained += 1
            if len(details) < 200:
                details.append("%s: %s: %s" % (name, kind, text))

    ee = parse_event_blocks(ee_xml, 2)
    ours = parse_event_blocks(our_xml, 0)
    py = parse_python_dump(py_xml)
    ee_hdr = parse_evtxexport_text(ee_text)
    with open(py_hdr) as f:
        py_h = [(int(a), b) for a, b in (line.rstrip("\n").split("\t") for line in f if line.strip())]
    our_h = load_ours_tsv(our_tsv)

    counts = (len(ours), len(ee), len(py))
    if not (len(ours) == len(ee) == len(py) == len(our_h) == len(ee_hdr) == len(py_h)):
        differ("record count", "faultline %d (tsv %d), evtxexport %d (text %d), python-evtx %d (hdr %d)"
               % (len(ours), len(our_h), len(ee), len(ee_hdr), len(py), len(py_h)))

    # record numbers and written times from the record headers
    for i, (o, e, p) in enumerate(zip(our_h, ee_hdr, py_h)):
        if not (o[0] == e[0] == p[0]):
            differ("record number", "#%d faultline %d evtxexport %d python-evtx %d" % (i, o[0], e[0], p[0]))
        ours_time = instant_to_filetime_iso(o[1])
        if ours_time != evtxexport_time_to_iso(e[1]):
            differ("written time", "record %d faultline %s evtxexport %s" % (o[0], ours_time, e[1]))
        ok, why = same_value(ours_time, p[1])
        if not ok:
            differ("written time", "record %d faultline %s python-evtx %s" % (o[0], ours_time, p[1]))
        elif why:
            differ("written time", "", why)

    # line-level diff of the whole XML output against evtxexport's (its 2-line banner skipped)
    with open(ee_xml, encoding="utf-8", errors="replace") as f:
        ee_body = f.readlines()[2:]
    with open(our_xml, encoding="utf-8", errors="replace") as f:
        our_body = f.readlines()
    xml_lines_differing = sum(1 for line in difflib.unified_diff(ee_body, our_body, n=0)
                              if line[:1] in "+-" and not line.startswith(("+++", "---")))

    for i, o in enumerate(ours):
        for peer_name, peer in (("evtxexport", ee), ("python-evtx", py)):
            if i >= len(peer):
                continue
            t = peer[i]
            for field in ("EventRecordID", "EventID", "Provider"):
                if o[field] != t[field]:
                    differ(field, "record #%d faultline %r %s %r" % (i, o[field], peer_name, t[field]))
            ok, why = same_value(o["SystemTime"], t["SystemTime"])
            if not ok:
                differ("SystemTime", "record %s faultline %s %s %s" % (o["EventRecordID"], o["SystemTime"],
                                                                     peer_name, t["SystemTime"]))
            elif why:
                differ("SystemTime", "", why)
            if peer_name == "evtxexport":
                compare_data(o, t["data"], peer_name, differ)
            else:
                compare_python_data(o, t["data"], ee[i]["data"] if i < len(ee) else None, differ)

    print("| %s | %d | %d | %d | %d | %s | %d |" % (
        name, counts[0], counts[1], counts[2], xml_lines_differing,
        ", ".join("%s ×%d" % (k, v) for k, v in sorted(explained.items())) or "–", unexplained))
    for line in details:
        print("    " + line, file=sys.stderr)
    sys.exit(1 if unexplained else 0)


if __name__ == "__main__":
    main()
