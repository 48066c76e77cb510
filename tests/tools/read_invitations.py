#!/usr/bin/python3
"""An independent reader of the invitations the platform sends: Python's email package and python3-icalendar.

Usage: read_invitations.py MESSAGE_FILE...
Prints one JSON object per message: recipient, subject, and for its text/calendar part the METHOD, UID, SEQUENCE,
DTSTART/DTEND as UTC ISO instants, the time zone of DTSTART, ORGANIZER, ATTENDEEs and STATUS.
"""
import email
import email.policy
import json
import sys
from datetime import timezone

import icalendar


def read(path):
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    result = {"file": path, "to": str(message["To"]), "subject": str(message["Subject"]), "calendar": None,
              "content_types": [part.get_content_type() for part in message.walk()]}
    for part in message.walk():
        if part.get_content_type() != "text/calendar":
            continue
        calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
        events = [c for c in calendar.walk("VEVENT")]
        event = events[0]
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        attendees = event.get("ATTENDEE")
        if attendees is None:
            attendees = []
        elif not isinstance(attendees, list):
            attendees = [attendees]
        result["calendar"] = {
            "method": str(calendar.get("METHOD")),
            "content_type_method": part.get_param("method"),
            "uid": str(event.get("UID")),
            "sequence": int(event.get("SEQUENCE")),
            "start_utc": start.astimezone(timezone.utc).isoformat(),
            "end_utc": end.astimezone(timezone.utc).isoformat(),
            "tzid": event["DTSTART"].params.get("TZID"),
            "organizer": str(event.get("ORGANIZER")),
            "attendees": [str(a) for a in attendees],
            "status": str(event.get("STATUS")),
            "summary": str(event.get("SUMMARY")),
            "events": len(events),
            "timezones": [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")],
        }
    return result


if __name__ == "__main__":
    print(json.dumps([read(p) for p in sys.argv[1:]], ensure_ascii=False))
