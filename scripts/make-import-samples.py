#!/usr/bin/env python3
"""Writes the messy sample spreadsheets in resources/import-samples/.

They are what a charity's old records really look like: dates written three ways, names with
accents, an address with a comma and a line break in one cell, Excel's byte-order mark or an old
Windows code page, and a few rows that cannot go in as they are. Everyone in them is fictional.
The import tests (tests/ui/tst_importwizard.cpp, tests/cli/tst_cli.cpp) count on the bad rows being
on the rows they are on (numbered as a spreadsheet shows them): change them together.

    scripts/make-import-samples.py            # rewrites both files
"""

import csv
import io
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "import-samples"

PEOPLE_HEADERS = [
    "Client ID", "First name", "Surname", "Known as", "DOB", "Gender", "Email", "Phone",
    "Address", "Postcode", "Referral date", "Referral category", "Referral source",
    "Referrer name", "Reason for referral", "Notes",
]

# One row per person. The bad ones (row numbers as Excel or LibreOffice shows them, the header row 1):
#   row 9   DOB "12/04/87"          a two-digit year
#   row 12  DOB "05/23/1990"        an American month/day date
#   row 16  category "Police"       not a referral type Alongside knows
#   row 20  no first name
#   row 24  referred "14/03/2031"   a date in the future
#   row 27  Aoife Byrne again       a possible duplicate of row 5 (same name and date of birth)
# Row 2's address has a line break in it: still one row (in a text editor it takes two lines).
PEOPLE = [
    ["C-1001", "Zoë", "Adeyemi", "", "14/02/1988", "Female", "zoe.adeyemi@example.org", "07700 900101",
     "Flat 2, 17 Mill Lane\nHebden Bridge", "HX7 8AB", "03/01/2025", "Self-referral", "Website", "", "Low mood after redundancy", ""],
    ["C-1002", "Siân", "Pritchard", "", "3/7/1979", "F", "", "07700 900102",
     "4 Chapel Row", "LS6 2QT", "2025-01-09", "External", "GP", "Dr Okafor, Hyde Park Surgery", "Anxiety", "prefers texts"],
    ["C-1003", "Seán", "O'Brien", "", "1985-05-03", "M", "sean.obrien@example.net", "",
     "", "BD1 4NS", "10/01/2025", "", "Word of mouth", "", "Isolation", ""],
    ["C-1004", "Aoife", "Byrne", "", "22/11/1992", "Woman", "", "07700 900104",
     "", "HX1 2RS", "15/1/2025", "External", "Social prescriber", "Calderdale social prescribing", "", ""],
    ["C-1005", "Ørjan", "Lindqvist", "Orry", "3 May 1985", "Male", "", "",
     "", "", "2025-01-20", "Self-referral", "Leaflet or poster", "", "", "moved from Bergen"],
    ["C-1006", "Priya", "Chaudhry", "", "30/09/1996", "Female", "priya.c@example.org", "07700 900106",
     "", "LS7 3JP", "21/01/2025", "External", "Community mental health team", "", "Stepping down from CMHT", ""],
    ["C-1007", "Tomasz", "Nowak", "Tom", "7/3/1974", "Male", "", "07700 900107",
     "", "", "27/01/2025", "Internal", "Peer support group", "", "", ""],
    ["C-1008", "Grace", "Mensah", "", "12/04/87", "Female", "", "",
     "", "LS8 1AA", "03/02/2025", "Self-referral", "Social media", "", "", ""],
    ["C-1009", "Niamh", "Doherty", "", "19 Aug 1990", "Female", "", "07700 900109",
     "", "HX3 5PL", "2025-02-05", "External", "GP", "Todmorden Group Practice", "", ""],
    ["C-1010", "Dafydd", "Hughes", "", "01/12/1968", "M", "", "",
     "", "", "10/02/2025", "Self-referral", "Word of mouth", "", "", ""],
    ["C-1011", "Chloé", "Martin", "", "05/23/1990", "Female", "", "",
     "", "", "12/02/2025", "External", "Housing provider", "Together Housing", "", ""],
    ["C-1012", "Kwame", "Boateng", "", "1983-10-17", "Male", "kwame.b@example.com", "",
     "", "BD5 0QJ", "2025-02-18", "External", "Social prescriber", "", "", ""],
    ["C-1013", "Róisín", "Kelly", "Ro", "8/6/2001", "Non-binary", "", "07700 900113",
     "", "", "20/02/2025", "Self-referral", "Website", "", "", ""],
    ["C-1014", "Imran", "Sheikh", "", "26/01/1977", "Male", "", "",
     "", "LS9 6EU", "24/02/2025", "External", "GP", "", "", ""],
    ["C-1015", "Hannah", "Clarke", "", "11/11/1999", "Female", "", "",
     "", "", "2025-03-03", "Police", "", "PC Hall", "", "brought in by the police"],
    ["C-1016", "Mehmet", "Yılmaz", "", "2 Jan 1981", "Male", "", "",
     "", "", "04/03/2025", "Self-referral", "Word of mouth", "", "", ""],
    ["C-1017", "Eilidh", "MacLeod", "", "15/05/1994", "Female", "", "",
     "", "", "05/03/2025", "External", "Voluntary sector organisation", "Mind in Calderdale", "", ""],
    ["C-1018", "Luca", "Bianchi", "", "29/02/1996", "Male", "", "",
     "", "", "06/03/2025", "Self-referral", "Website", "", "", ""],
    ["C-1019", "", "Okonkwo", "", "04/04/1989", "Female", "", "07700 900119",
     "", "", "10/03/2025", "Self-referral", "", "", "", "first name not given on the phone"],
    ["C-1020", "Agnieszka", "Wójcik", "Aga", "1991-07-21", "Female", "", "",
     "", "", "11/03/2025", "External", "Primary care mental health team", "", "", ""],
    ["C-1021", "José", "Fernández", "", "9/9/1972", "Male", "", "",
     "", "", "12/03/2025", "External", "GP", "", "", ""],
    ["C-1022", "Bethan", "Evans", "", "23/03/1986", "Prefer not to say", "", "",
     "", "", "13/03/2025", "Internal", "Another service of the charity", "", "", ""],
    ["C-1023", "Callum", "Reid", "", "17/10/1998", "Male", "", "",
     "", "", "14/03/2031", "Self-referral", "Website", "", "", "date typed wrong?"],
    ["C-1024", "Fatima", "Hussain", "", "6 Dec 1984", "Female", "", "",
     "", "", "17/03/2025", "External", "Housing provider", "", "", ""],
    ["C-1025", "Oluwaseun", "Afolabi", "Seun", "1995-02-28", "Male", "", "",
     "", "", "18/03/2025", "Self-referral", "Social media", "", "", ""],
    ["C-1026", "Aoife", "Byrne", "", "22/11/1992", "Female", "", "",
     "", "HX1 2RS", "19/03/2025", "External", "GP", "", "", "referred again?"],
    ["C-1027", "Saoirse", "Quinn", "", "13/08/2003", "Female", "", "",
     "", "", "20/03/2025", "Self-referral", "Website", "", "", ""],
]

VOLUNTEER_HEADERS = [
    "Volunteer ID", "Forename", "Surname", "D.O.B.", "Email address", "Mobile", "Postcode",
    "Volunteer status", "Date joined", "Reason for leaving", "Role", "Notes",
]

# Semicolon separated, saved by an old Excel on a UK PC (Windows-1252), with an empty row (row 7).
# The bad rows:
#   row 5   D.O.B. "31/06/1990"     June has 30 days
#   row 9   status "Retired"        not a status Alongside knows
#   row 11  Date joined "2025-13-01" no thirteenth month
VOLUNTEERS = [
    ["V-201", "Renée", "Dubois", "12/03/1969", "renee.dubois@example.org", "07700 900201", "HX7 5AD",
     "Active", "01/09/2023", "", "Volunteer peer mentor", ""],
    ["V-202", "Siobhán", "Gallagher", "1990-08-14", "", "07700 900202", "",
     "In training", "2025-02-10", "", "Volunteer peer mentor", "course in March"],
    ["V-203", "Jürgen", "Müller", "5 Oct 1958", "", "", "LS6 1BN",
     "Paused", "15/06/2021", "Caring for a parent", "Peer trainer", "paused, back in spring"],
    ["V-204", "Amélie", "Laurent", "31/06/1990", "", "", "",
     "Active", "01/04/2024", "", "Volunteer peer mentor", ""],
    ["V-205", "Gareth", "Price", "2/2/1975", "", "07700 900205", "",
     "Active", "12/12/2022", "", "Sessional peer support worker", ""],
    ["V-206", "Noémie", "Petit", "1987-11-30", "", "", "",
     "Applicant", "03/03/2025", "", "", "interview booked"],
    ["V-207", "Björn", "Svensson", "19/07/1980", "", "", "",
     "Retired", "01/01/2019", "", "Volunteer peer mentor", ""],
    ["V-208", "Íde", "Ní Bhriain", "21 Mar 1993", "", "", "",
     "Active", "2024-05-20", "", "Volunteer peer mentor", ""],
    ["V-209", "François", "Lefèvre", "08/08/1966", "", "", "",
     "Active", "2025-13-01", "", "Peer supervisor", ""],
    ["V-210", "Zoë", "Whitaker", "27/04/1997", "zoe.w@example.net", "", "",
     "Enquiry", "", "", "", "rang after the open day"],
]


def write_people():
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(PEOPLE_HEADERS)
    for row in PEOPLE:
        writer.writerow(row)
    # An Excel "CSV UTF-8" file: a byte-order mark, CRLF between records. The line break inside the
    # quoted address stays a bare LF, as Excel writes it.
    data = "\ufeff" + buf.getvalue()
    (OUT / "messy-people-supported.csv").write_bytes(data.encode("utf-8"))


def write_volunteers():
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(VOLUNTEER_HEADERS)
    for i, row in enumerate(VOLUNTEERS):
        writer.writerow(row)
        if i == 4:
            writer.writerow([""] * len(VOLUNTEER_HEADERS))  # an empty row, as spreadsheets have
    (OUT / "messy-volunteers.csv").write_bytes(buf.getvalue().encode("cp1252"))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write_people()
    write_volunteers()
