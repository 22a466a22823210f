"""Table-driven tests of what newstime must understand (issue 2, section 4), in our own sentences.

Each case: a text, an anchor, a zone, and the mentions expected in it as
(text, type, value[, mod[, tz[, utc start]]]).  Only the listed mentions are checked for values;
``exact=True`` cases must also produce nothing else.
"""

from __future__ import annotations

from datetime import date, timezone

import pytest

import newstime

SAT = "2022-02-12"  # a Saturday
WED = "2021-12-29"  # a Wednesday

CASES: list[tuple[str, str, str | None, list[tuple[str | None, ...]]]] = [
    # absolute dates in the common news forms
    ("The draft was published on December 17, 2021.", SAT, None, [("December 17, 2021", "DATE", "2021-12-17")]),
    ("The draft was published on 17 December 2021.", SAT, None, [("17 December 2021", "DATE", "2021-12-17")]),
    ("The draft was published on Dec. 17.", SAT, None, [("Dec. 17", "DATE", "2021-12-17")]),
    ("Published February 12th 2022 in the morning edition.", SAT, None, [("February 12th 2022", "DATE", "2022-02-12")]),
    ("The filing is dated 2022-02-07.", SAT, None, [("2022-02-07", "DATE", "2022-02-07")]),
    ("The summit took place in June 2021.", SAT, None, [("June 2021", "DATE", "2021-06")]),
    ("The treaty was signed in 2021.", SAT, None, [("2021", "DATE", "2021")]),
    ("Inflation was low in the 1990s.", SAT, None, [("the 1990s", "DATE", "199X")]),
    ("Talks resume in mid-March.", SAT, None, [("mid-March", "DATE", "2022-03", "MID")]),
    ("The harvest failed last summer.", SAT, None, [("last summer", "DATE", "2021-SU")]),
    ("Profits rose in the third quarter of 2021.", SAT, None, [("the third quarter of 2021", "DATE", "2021-Q3")]),
    # weekdays and month-days placed by tense
    ("Putin will hold talks with Biden on Saturday.", SAT, None, [("Saturday", "DATE", "2022-02-12")]),
    ("The spokesman said on Friday that no call was planned.", SAT, None, [("Friday", "DATE", "2022-02-11")]),
    ("The ministers will meet on Monday.", SAT, None, [("Monday", "DATE", "2022-02-14")]),
    ("The ministers met on Monday.", SAT, None, [("Monday", "DATE", "2022-02-07")]),
    ("Negotiations are scheduled for January 10 in Geneva.", WED, None, [("January 10", "DATE", "2022-01-10")]),
    ("Before that, on December 7, they held a video call.", SAT, None, [("December 7", "DATE", "2021-12-07")]),
    ("The offer was extended to Nov. 20.", "1989-11-02", None, [("Nov. 20", "DATE", "1989-11-20")]),
    ("The index hit its record high set on Aug. 6.", "1998-02-06", None, [("Aug. 6", "DATE", "1997-08-06")]),
    ("The leaders meet separately Monday.", "1998-05-01", None, [("Monday", "DATE", "1998-05-04")]),
    ("The paper said in an editorial on Saturday, April 25: the court erred.", "1998-04-27", None,
     [("Saturday, April 25", "DATE", "1998-04-25")]),
    ("In January this year, the police left; in June last year they arrived.", SAT, None,
     [("January this year", "DATE", "2022-01"), ("June last year", "DATE", "2021-06")]),
    ("Dunkin' has set Nov. 10 as the deadline for offers.", "1989-10-27", None, [("Nov. 10", "DATE", "1989-11-10")]),
    ("The bank extended its loans through January.", "1989-11-02", None, [("January", "DATE", "1990-01")]),
    ("Prices have risen since March.", SAT, None, [("March", "DATE", "2021-03")]),
    ("Qantas said it would start flights to India by August.", "1998-02-13", None, [("August", "DATE", "1998-08")]),
    ("Output had fallen by August.", "1998-02-13", None, [("August", "DATE", "1997-08")]),
    # deictic words
    ("The leaders speak today and again tomorrow.", SAT, None,
     [("today", "DATE", "2022-02-12"), ("tomorrow", "DATE", "2022-02-13")]),
    ("Rebels attacked the town yesterday.", SAT, None, [("yesterday", "DATE", "2022-02-11")]),
    ("The envoy arrives tonight.", SAT, None, [("tonight", "TIME", "2022-02-12TNI")]),
    ("The market opened lower this morning.", SAT, None, [("this morning", "TIME", "2022-02-12TMO")]),
    ("Prices are rising now.", SAT, None, [("now", "DATE", "PRESENT_REF")]),
    ("Tensions have grown recently.", SAT, None, [("recently", "DATE", "PAST_REF")]),
    ("The envoy visited Kyiv last Tuesday.", SAT, None, [("last Tuesday", "DATE", "2022-02-08")]),
    ("The vote is next week.", SAT, None, [("next week", "DATE", "2022-W07")]),
    ("Sales fell last month.", SAT, None, [("last month", "DATE", "2022-01")]),
    ("Growth slowed at the end of last year.", SAT, None, [("the end of last year", "DATE", "2021", "END")]),
    ("The plant closed three days ago.", SAT, None, [("three days ago", "DATE", "2022-02-09")]),
    ("Shares jumped earlier this week.", SAT, None, [("earlier this week", "DATE", "2022-W06", "START")]),
    # anaphora against the last date mentioned
    ("The minister landed on February 2. The following day, he met the president.", SAT, None,
     [("February 2", "DATE", "2022-02-02"), ("The following day", "DATE", "2022-02-03")]),
    ("The strike began on January 3. Two days later, the unions called it off.", SAT, None,
     [("Two days later", "DATE", "2022-01-05")]),
    ("Profit rose in the third quarter of 2021, from a loss a year earlier.", SAT, None,
     [("a year earlier", "DATE", "2020-Q3")]),
    ("Third-quarter profit was $5 million, against a loss of $2 million a year ago.", "1989-11-02", None,
     [("Third-quarter", "DATE", "1989-Q3"), ("a year ago", "DATE", "1988-Q3")]),
    ("Sales for this year's third quarter beat last year's quarter.", "1989-11-02", None,
     [("this year's third quarter", "DATE", "1989-Q3"), ("last year's quarter", "DATE", "1988-Q3")]),
    ("Third-quarter profit was $5 million, against $3 million a year ago. Sales were $9 million, "
     "against $8 million a year ago.", "1989-11-02", None, [("a year ago", "DATE", "1988-Q3")]),
    ("Profit fell from the year-ago third quarter.", "1989-11-02", None, [("the year-ago third quarter", "DATE", "1988-Q3")]),
    ("In the 1988 period, the company earned $20.6 million; in the year ended March 31, it lost money.", "1989-11-02", None,
     [("the 1988 period", "DATE", "1988"), ("the year", "DURATION", "P1Y"), ("March 31", "DATE", "1989-03-31")]),
    ("Net income in the third quarter rose 5%. In the 1988 period, the company earned $20.6 million.", "1989-11-02", None,
     [("the third quarter", "DATE", "1989-Q3"), ("the 1988 period", "DATE", "1988-Q3")]),
    ("Nestle's share before Friday's purchases is far below the leaders'.", "1989-10-30", None, [("Friday", "DATE", "1989-10-27")]),
    ("The stock fell after the company reported lower-than-expected earnings after the market closed Wednesday.", "1989-10-27", None,
     [("Wednesday", "DATE", "1989-10-25")]),
    ("In fiscal 1989, Elco earned $7.8 million.", "1989-11-02", None, [("fiscal 1989", "DATE", "1989")]),
    ("The company was founded a year and a half ago.", SAT, None, [("a year and a half ago", "DATE", "2020-08")]),
    ("The deal should close by year-end.", "1989-11-02", None, [("year-end", "DATE", "1989")]),
    ("For the quarter a year ago, Columbia reported earnings of $16.3 million.", "1989-11-02", None,
     [("the quarter a year ago", "DATE", "1988-Q3")]),
    ("Net was $1.8 million for the corresponding period last year.", "1989-11-02", None,
     [("the corresponding period last year", "DATE", "1988-Q3")]),
    ("The company reported earnings for its fourth quarter.", "1989-11-02", None, [("fourth quarter", "DATE", "1989-Q4")]),
    ("The current system has evolved over several years.", "1989-11-02", None, [("several years", "DURATION", "PXY", None)]),
    ("He was jailed for over three years.", "1989-11-02", None, [("over three years", "DURATION", "P3Y", "MORE_THAN")]),
    ("Airlines run four flights a week between the cities.", "1989-11-02", None, [("a week", "SET", "P1W")]),
    ("Ukraine was ruled from Moscow for centuries.", "1989-11-02", None, [("centuries", "DURATION", "PXC")]),
    ("Islam will one day be the second largest religion.", "1989-11-02", None, [("one day", "DATE", "FUTURE_REF")]),
    # a prefix starts at a word: the "a" ending "Abuja" is no article
    ("People gathered in Abuja last week; crowds filled Sharia early Tuesday.", "1998-03-03", None,
     [("last week", "DATE", "1998-W09"), ("early Tuesday", "DATE", "1998-03-03", "START")]),
    ("The attack happened on a Friday.", "1998-08-07", None, [("a Friday", "DATE", "XXXX-WXX-5")]),
    ("The agreement was signed Jan. 30. He said Feb. 1 is the deadline.", "2000-01-10", None,
     [("Jan. 30", "DATE", "1999-01-30"), ("Feb. 1", "DATE", "2000-02-01")]),
    ("He resigned on Jan. 5. The month after, he left.", "2000-01-10", None, [("The month after", "DATE", "2000-02")]),
    ("Prices will be reviewed in December. December sales will be reported Friday.", "2000-01-10", None,
     [("December", "DATE", "2000-12")]),
    ("He will return a week from today.", "2000-01-10", None, [("a week from today", "DATE", "2000-01-17")]),
    ("It changed in the late 20th century, near the fabled 11th century temple.", "2000-01-10", None,
     [("the late 20th century", "DATE", "19XX", "END"), ("11th century", "DATE", "10XX")]),
    # a bare time in the sentence after a named day is on that day; its bracketed GMT equivalent gives its offset
    ("A bomb exploded outside the embassy on Friday.\nThe blast came at about 10:30 a.m. (0730 GMT).", "1998-08-10", None,
     [("about 10:30 a.m.", "TIME", "1998-08-07T10:30", "APPROX", "UTC+03:00", "1998-08-07T07:30Z"),
      ("0730 GMT", "TIME", "1998-08-07T07:30", None, "UTC", "1998-08-07T07:30Z")]),
    ("By Sunday night, the death toll had risen to 150. He left late Friday.", "1998-08-10", "UTC",
     [("Sunday night", "TIME", "1998-08-09TNI"), ("late Friday", "DATE", "1998-08-07", "END", "UTC", "1998-08-07T16:00Z")]),
    ("Agents arrived on Saturday. The warning was dismissed last spring. Two days later, a suspect was arrested.",
     "1998-08-10", None, [("Two days later", "DATE", "1998-08-10")]),
    ("Average hourly earnings rose 0.3 percent in March and were up 2.8 percent from a year earlier.", "2018-04-06", None,
     [("March", "DATE", "2018-03"), ("a year earlier", "DATE", "2017-03")]),
    ("Shoppers flocked to stores on Black Friday. The Fourth of July parade was canceled.", "2011-05-02", None,
     [("Black Friday", "DATE", "2010-11-26"), ("The Fourth of July", "DATE", "2010-07-04")]),
    ("He was killed nearly 10 years after the Sept. 11 attacks; since 9/11 security is tight. "
     "The Sept. 11 anniversary is near.", "2011-05-02", None,
     [("Sept. 11", "DATE", "2001-09-11"), ("9/11", "DATE", "2001-09-11")]),
    ("The Ninth Five-Year Plan (1996-2000) set a target.", "1999-03-13", None,
     [("1996", "DATE", "1996"), ("2000", "DATE", "2000")]),
    # "that day" after a year names no day: unresolved, not January 1
    ("In 1987, traders suffered huge losses on trades made that day.", "1989-10-30", None,
     [("that day", "DATE", "XXXX-XX-XX")]),
    ("In 1987 he left. The same month he returned. He left on Oct. 3. That week, he returned.", "1989-10-30", None,
     [("The same month", "DATE", "XXXX-XX"), ("That week", "DATE", "1989-W40")]),
    ("The polls close between 2 and 4 p.m. on Sunday.", "2013-04-15", None,
     [("2", "TIME", "2013-04-14T14:00"), ("4 p.m.", "TIME", "2013-04-14T16:00")]),
    ("The flight left at 1430 local time; the blasts came at 2:50 pm.", "2013-04-15", None,
     [("1430 local time", "TIME", "2013-04-15T14:30"), ("2:50 pm", "TIME", "2013-04-15T14:50")]),
    ("Prices peaked in the summer of 1998 and fell that autumn. In 1997, prices rose. That summer, they fell.",
     "2000-06-15", None, [("that autumn", "DATE", "1998-FA"), ("That summer", "DATE", "1997-SU")]),
    ("The yuan will not be devalued this year or next; sales rose this week and last.", "2000-06-15", None,
     [("next", "DATE", "2001"), ("last", "DATE", "2000-W23")]),
    ("The plan runs until the end of the decade.", "2000-06-15", None, [("the end of the decade", "DATE", "200X", "END")]),
    ("Sunday's election will decide the next president. Friday's attack killed 20 people.", "2013-04-10", None,
     [("Sunday", "DATE", "2013-04-14"), ("Friday", "DATE", "2013-04-05")]),
    ("Monday's talks are expected to focus on trade.", "2013-04-10", None, [("Monday", "DATE", "2013-04-15")]),
    ("The meeting starts at 9 o'clock tomorrow morning.", "2013-04-10", None,
     [("9 o'clock tomorrow morning", "TIME", "2013-04-11T09:00")]),
    # "this Friday" on a Saturday: the coming one if the clause looks ahead
    ("The vote is this Friday. He left this Friday.", "2013-04-13", None,
     [("this Friday", "DATE", "2013-04-19")]),
    ("He will leave this Monday.", "2013-04-10", None, [("this Monday", "DATE", "2013-04-15")]),
    ("He left years ago; the war ended two decades ago.", "2013-04-10", None,
     [("years ago", "DATE", "PAST_REF"), ("two decades ago", "DATE", "199X")]),
    ("A few days later, the company announced cuts.", "2013-04-10", None, [("A few days", "DURATION", "PXD")]),
    # halves of a relative year, vague spans in days and hours, counted frequencies, midnight
    ("Growth slowed in the second half of last year.", SAT, None, [("the second half of last year", "DATE", "2021-H2")]),
    ("The first half of the year was strong.", SAT, None, [("The first half of the year", "DATE", "2022-H1")]),
    ("A ruling is expected within days.", SAT, None, [("days", "DURATION", "PXD")]),
    ("They fought for hours.", SAT, None, [("hours", "DURATION", "PTXH")]),
    ("The drug is taken twice daily.", SAT, None, [("twice daily", "SET", "P1D")]),
    ("The curfew begins at midnight.", SAT, None, [("midnight", "TIME", "2022-02-12T24:00")]),
    ("From January to October, exports grew.", "1998-11-20", None,
     [("January", "DATE", "1998-01"), ("October", "DATE", "1998-10")]),  # "to October" is no infinitive
    # days as spoken ordinals, and a weekday or clock time in apposition with the date
    ("International Women's Day is this coming Sunday, March eighth.", "1998-03-05", None,
     [("this coming Sunday, March eighth", "DATE", "1998-03-08")]),
    ("Talks are set for the twenty-first of March.", "1998-03-05", None, [("the twenty-first of March", "DATE", "1998-03-21")]),
    ("He arrived Tuesday, March the third.", "1998-03-05", None, [("Tuesday, March the third", "DATE", "1998-03-03")]),
    ("The meeting was held on the 3rd of March.", "1998-03-05", None, [("the 3rd of March", "DATE", "1998-03-03")]),
    ("He died at 3:15 p.m. Tuesday, March 3.", "1998-03-05", None, [("3:15 p.m. Tuesday, March 3", "TIME", "1998-03-03T15:15")]),
    ("In March first-quarter sales fell.", "1998-05-05", None, [("March", "DATE", "1998-03"), ("first-quarter", "DATE", "1998-Q1")]),
    # clock times in words, and a clock time read within the part of the day said with it
    ("The announcement came at ten a.m. Eastern time.", "1998-03-05", None, [("ten a.m. Eastern time", "TIME", "1998-03-05T10:00")]),
    ("The president speaks at nine-thirty tonight.", "1998-03-05", None, [("nine-thirty tonight", "TIME", "1998-03-05T21:30")]),
    ("Half past ten, the doors opened.", "1998-03-05", None, [("Half past ten", "TIME", "1998-03-05T10:30")]),
    ("It's a quarter to eight in the morning here.", "1998-03-05", None,
     [("a quarter to eight in the morning", "TIME", "1998-03-05T07:45")]),
    ("The ceremony begins at 7:30 tonight.", "1998-03-05", None, [("7:30 tonight", "TIME", "1998-03-05T19:30")]),
    ("Last night at about 9:30, shots rang out.", "1998-03-05", None,
     [("Last night", "TIME", "1998-03-04TNI"), ("about 9:30", "TIME", "1998-03-04T21:30", "APPROX")]),
    ("Prices soared in the 90's.", "1998-06-10", None, [("the 90's", "DATE", "199X")]),
    ("It was built in the late 80's.", "1998-06-10", None, [("the late 80's", "DATE", "198X", "END")]),
    ("In the 1997 fiscal year, sales rose.", "1998-06-10", None, [("the 1997 fiscal year", "DATE", "1997")]),
    ("The curfew starts at 12 midnight.", "1998-03-05", None, [("12 midnight", "TIME", "1998-03-05T24:00")]),
    ("It ends at twelve o'clock midnight.", "1998-03-05", None, [("twelve o'clock midnight", "TIME", "1998-03-05T24:00")]),
    ("He gave an hour-long speech.", "1998-03-05", None, [("hour-long", "DURATION", "PT1H")]),
    # parts of a day told relative to the day being told
    ("The attack happened on Monday. The next morning, troops arrived.", "1998-03-05", None,
     [("The next morning", "TIME", "1998-03-03TMO")]),
    ("The plane crashed on March 1. The night before, storms raged.", "1998-03-05", None,
     [("The night before", "TIME", "1998-02-28TNI")]),
    ("He was arrested on Tuesday. Earlier that day, he had met the minister.", "1998-03-05", None,
     [("Earlier that day", "DATE", "1998-03-03", "START")]),
    ("Exports fell from the same period last year.", "1998-11-20", None, [("the same period last year", "DATE", "1997")]),
    ("Exports were up over the same period of last year.", "1998-11-20", None, [("the same period of last year", "DATE", "1997")]),
    ("The plan for 1996-2000 was approved.", "1998-11-20", None, [("1996", "DATE", "1996"), ("2000", "DATE", "2000")]),
    ("AP-NR-08-15-90 1337EDT", "1990-08-16", None, [("08-15-90 1337EDT", "TIME", "1990-08-15T13:37", None, "America/New_York")]),
    ("The summit opens at 10 a.m. in Brussels.", "2013-03-29", None,
     [("10 a.m.", "TIME", "2013-03-29T10:00", None, "Europe/Brussels", "2013-03-29T09:00Z")]),
    ("The markets opened at 9 a.m. in Tokyo (0000 GMT).", "2013-03-29", None,
     [("9 a.m.", "TIME", "2013-03-29T09:00", None, "Asia/Tokyo", "2013-03-29T00:00Z")]),
    ("The rally began at 10 a.m. in Paris, Texas.", "2013-03-29", None, [("10 a.m.", "TIME", "2013-03-29T10:00", None, "America/Chicago")]),
    ("The vote starts at 8 a.m. in the United States.", "2013-03-29", None, [("8 a.m.", "TIME", "2013-03-29T08:00", None, None)]),
    ("The ceasefire starts at 00:01 on Sunday, Damascus time.", "2013-03-29", None,
     [("00:01", "TIME", "2013-03-31T00:01", None, "Asia/Damascus", "2013-03-30T21:01Z")]),
    ("The ceasefire starts at 00:01 on Sunday, officials said.", "2013-03-29", None,
     [("Sunday", "DATE", "2013-03-31")]),  # the colon inside "00:01" ends no clause
    ("The summit will be held March 3-4.", "2019-03-01", None, [("March 3", "DATE", "2019-03-03"), ("4", "DATE", "2019-03-04")]),
    ("Talks are set for the week of March 11.", "2019-03-01", None, [("the week of March 11", "DATE", "2019-W11")]),
    ("The festival runs from Monday to Wednesday.", "2019-03-01", None,
     [("Monday", "DATE", "2019-03-04"), ("Wednesday", "DATE", "2019-03-06")]),
    ("A decision is expected within a day or two.", "2019-03-01", None, [("a day or two", "DURATION", "P2D", "EQUAL_OR_LESS")]),
    ("The process takes a week.", "2019-03-01", None, [("a week", "DURATION", "P1W")]),
    ("The 10:30 train was late.", "2019-03-01", None, [("10:30", "TIME", "2019-03-01T10:30")]),
    ("Time: 10:30", "2019-03-01", None, [("10:30", "TIME", "2019-03-01T10:30")]),
    ("He ran the mile in 3:45 on Monday.", "2019-03-01", None, [("Monday", "DATE", "2019-02-25")]),
    # tense around deadlines and modals; vague spans before "later"
    ("The death toll rose to 800 by late Tuesday.", "2005-09-14", None, [("late Tuesday", "DATE", "2005-09-13", "END")]),
    ("The bank extended its loans through January.", "2005-09-14", None, [("January", "DATE", "2006-01")]),
    ("The work must be completed by Friday.", "2005-09-14", None, [("Friday", "DATE", "2005-09-16")]),
    ("The talks could be held on Friday.", "2005-09-14", None, [("Friday", "DATE", "2005-09-16")]),
    ("He may have been killed on Friday.", "2005-09-14", None, [("Friday", "DATE", "2005-09-09")]),
    ("The hurricane made landfall early Monday, and the levees broke hours later.", "2005-09-14", None,
     [("early Monday", "DATE", "2005-09-12", "START"), ("hours", "DURATION", "PTXH")]),
    ("Weeks earlier, officials had warned of the risk.", "2005-09-14", None, [("Weeks", "DURATION", "PXW")]),
    # names that hold a time word, compound lengths, spoken clock times with a day part
    ("China won gold at the Winter Olympics on Saturday.", "2015-02-18", None, [("Saturday", "DATE", "2015-02-14")]),
    ("Inflation ran above target for six straight months.", "2015-02-18", None, [("six straight months", "DURATION", "P6M")]),
    ("The Senate will vote at ten thirty tomorrow morning.", "2015-02-18", None,
     [("ten thirty tomorrow morning", "TIME", "2015-02-19T10:30")]),
    ("In Baghdad it is now five in the morning.", "2003-03-21", None, [("five in the morning", "TIME", "2003-03-21T05:00")]),
    ("The president spoke for an hour and twenty-nine minutes last night.", "2015-02-18", None,
     [("an hour and twenty-nine minutes", "DURATION", "PT1H29M"), ("last night", "TIME", "2015-02-17TNI")]),
    ("He served three years and two months in prison.", "2015-02-18", None, [("three years and two months", "DURATION", "P3Y2M")]),
    ("The company will publish its first-half results on July 31.", "2012-07-10", None, [("first-half", "DATE", "2012-H1")]),
    ("Revenue rose compared with the prior-year period.", "2012-07-10", None, [("the prior-year period", "DATE", "2011-Q2")]),
    ("Firefighters say it could be days before it is contained.", "2003-10-27", None, [("days", "DURATION", "PXD")]),
    ("The magazine will be published monthly instead of weekly.", "2015-02-18", None,
     [("monthly", "SET", "P1M"), ("weekly", "SET", "P1W")]),
    # arranged in the past, happening later
    ("A Los Angeles judge on Monday set a hearing for May 20 on the request.", "2019-05-01", None,
     [("Monday", "DATE", "2019-04-29"), ("May 20", "DATE", "2019-05-20")]),
    ("Unions called a 24-hour general strike for Wednesday.", "2019-04-29", None, [("Wednesday", "DATE", "2019-05-01")]),
    ("Modi announced a 21-day lockdown starting Wednesday.", "2020-03-24", None, [("Wednesday", "DATE", "2020-03-25")]),
    ("The opposition leader called on supporters to gather at noon on Saturday.", "2019-05-01", None,
     [("Saturday", "DATE", "2019-05-04")]),
    ("Envoys are due to sign a deal at noon on Friday.", "2019-05-01", None, [("Friday", "DATE", "2019-05-03")]),
    ("The offer had been due to expire Friday evening.", "1989-10-30", None, [("Friday evening", "TIME", "1989-10-27TEV")]),
    ("The eye crossed the Keys at about nine-ten this morning.", "2017-09-10", None,
     [("about nine-ten this morning", "TIME", "2017-09-10T09:10", "APPROX")]),
    ("Theresa May said on Friday she would form a government after Thursday's election cost her the majority.",
     "2017-06-09", None, [("Friday", "DATE", "2017-06-09"), ("Thursday", "DATE", "2017-06-08")]),
    ("Theresa May said on Friday.", "2019-10-15", None, [("Friday", "DATE", "2019-10-11")]),  # "May" is no modal here
    ("The judge has told both sides the trial could stretch into December.", "1998-10-15", None,
     [("December", "DATE", "1998-12")]),
    ("A text would have to be agreed by midday GMT on Thursday.", "2019-10-15", None,
     [("midday GMT", "TIME", "2019-10-17T12:00", None, "UTC", "2019-10-17T12:00Z"), ("Thursday", "DATE", "2019-10-17")]),
    ("The Winter Olympics begin Friday in Salt Lake City.", "2002-02-06", None, [("Friday", "DATE", "2002-02-08")]),
    ("The government will release the figures at 8:50 a.m. Thursday (2350 GMT Wednesday).", "2019-06-04", "Asia/Tokyo",
     [("8:50 a.m. Thursday", "TIME", "2019-06-06T08:50", None, "Asia/Tokyo", "2019-06-05T23:50Z"),
      ("2350 GMT Wednesday", "TIME", "2019-06-05T23:50", None, "UTC", "2019-06-05T23:50Z")]),
    ("Election Day is now just two weeks away.", "2020-10-20", None, [("Election Day", "DATE", "2020-11-03")]),
    ("The Australia Day concert will begin at 8 p.m.", "2019-01-20", None, [("Australia Day", "DATE", "2019-01-26")]),
    ("After months of talks, a deal was reached.", "2014-06-02", None, [("months", "DURATION", "PXM")]),
    ("A Los Angeles judge on Monday set a hearing for May 20 on whether the lawyers can see the testimony.", "2019-03-26", None,
     [("Monday", "DATE", "2019-03-25"), ("May 20", "DATE", "2019-05-20")]),
    ("We begin tonight in Baghdad, where it is now five in the morning.", "2003-03-21", "America/New_York",
     [("five in the morning", "TIME", "2003-03-21T05:00", None, "Asia/Baghdad")]),
    ("He flew at 10 a.m. to Paris.", "2003-03-21", "America/New_York", [("10 a.m.", "TIME", "2003-03-21T10:00", None, "America/New_York")]),
    ("Profits will suffer in the near term.", "2019-03-01", None, [("the near term", "DATE", "FUTURE_REF")]),
    ("The case was adjourned to a later date.", "2019-03-01", None, [("a later date", "DATE", "FUTURE_REF")]),
    ("He probably died within weeks or months of his capture.", "1998-02-19", None,
     [("weeks or months", "DURATION", "PXW", "APPROX")]),
    # speech in single quotes, dated by the attribution before or after it
    ("Union leader Carl Mays said on Sunday, 'If there is no deal by tonight, we strike tomorrow.' Negotiators met on Tuesday.",
     "1999-11-02", None, [("tonight", "TIME", "1999-10-31TNI"), ("tomorrow", "DATE", "1999-11-01"), ("Tuesday", "DATE", "1999-11-02")]),
    ("His daughter reported him missing. 'Today is the best day of my life,' she said Wednesday.", "2005-04-07", None,
     [("Today", "DATE", "2005-04-06")]),
    ("Storms could snarl travel on Sunday, the heaviest return day.", "2023-11-22", None, [("Sunday", "DATE", "2023-11-26")]),
    ("The transformer fire spread within minutes.", "2003-08-16", None, [("minutes", "DURATION", "PTXM")]),
    ("The economy shrank in the April-June quarter.", "2012-07-26", None, [("the April-June quarter", "DATE", "2012-Q2")]),
    ("Sales fell from the April-June period last year.", "2012-07-26", None, [("the April-June period last year", "DATE", "2011-Q2")]),
    ("The program will run for at least another year.", "2012-07-26", None, [("at least another year", "DURATION", "P1Y", "EQUAL_OR_MORE")]),
    ("Shoppers spent less than expected in December, retailers said this week.", "2014-01-09", None, [("December", "DATE", "2013-12")]),
    ("A county judge on Tuesday delayed the trial until after Labor Day.", "2024-03-06", None,
     [("Tuesday", "DATE", "2024-03-05"), ("Labor Day", "DATE", "2024-09-02")]),
    ("The platform committee will meet on Monday and Tuesday to finish a draft that has been in the works.", "2000-07-09", None,
     [("Monday", "DATE", "2000-07-10"), ("Tuesday", "DATE", "2000-07-11")]),
    ("The office is closed from Friday to Monday.", "2000-07-09", None, [("Friday", "DATE", "2000-07-07"), ("Monday", "DATE", "2000-07-10")]),
    ("Following are statements made Friday and Thursday by the lawyer.", "1998-02-06", None,
     [("Friday", "DATE", "1998-02-06"), ("Thursday", "DATE", "1998-02-05")]),
    ("Exchange operators raised margins again. 'Last Thursday was a bloodbath,' one trader said Wednesday.", "2011-05-12", None,
     [("Last Thursday", "DATE", "2011-05-05")]),
    ("Hurricane Renata weakened sharply before coming ashore at about 9 a.m. CDT on Thursday.", "2002-10-04", None,
     [("Thursday", "DATE", "2002-10-03")]),
    ("England face Italy at Wembley at 8 p.m. tonight (1900 GMT).", "2021-07-11", "Europe/London",
     [("8 p.m. tonight", "TIME", "2021-07-11T20:00", None, "Europe/London", "2021-07-11T19:00Z")]),
    ("Ohio State and Michigan kick off at noon Eastern today in Columbus.", "2002-11-23", None,
     [("noon Eastern today", "TIME", "2002-11-23T12:00", None, "America/New_York")]),
    ("Oil prices will stay high into the first quarter of next year.", "2001-11-20", None,
     [("the first quarter of next year", "DATE", "2002-Q1")]),
    ("The last polls close in Alaska at 1 a.m. Eastern on Wednesday.", "2008-11-04", None,
     [("1 a.m. Eastern", "TIME", "2008-11-05T01:00", None, "America/New_York"), ("Wednesday", "DATE", "2008-11-05")]),
    ("With Election Day a day away, more than 95 million Americans have already voted.", "2020-11-02", None,
     [("Election Day", "DATE", "2020-11-03")]),
    ("Polls in New York will be open from 6 a.m. to 9 p.m. on Election Day.", "1998-11-01", None,
     [("6 a.m.", "TIME", "1998-11-03T06:00"), ("9 p.m.", "TIME", "1998-11-03T21:00"), ("Election Day", "DATE", "1998-11-03")]),
    ("On the eve of Election Day, the candidates crisscrossed the battleground states.", "2004-11-01", None,
     [("the eve of Election Day", "DATE", "2004-11-01")]),
    ("On the eve of Thanksgiving, roads were jammed.", "2004-11-01", None, [("the eve of Thanksgiving", "DATE", "2003-11-26")]),
    ("Egypt's parliament will hold a special session on Sunday to debate the budget, the speaker's office said on Thursday. "
     "The session opens at 11 a.m. Cairo time (0900 GMT).", "2000-12-21", None,
     [("11 a.m. Cairo time", "TIME", "2000-12-24T11:00", None, "Africa/Cairo", "2000-12-24T09:00Z")]),
    ("It is ninety-eight degrees here at four o'clock this afternoon.", "1999-07-23", None,
     [("four o'clock this afternoon", "TIME", "1999-07-23T16:00")]),
    # the early hours: the first part of the day or the morning named
    ("Rebels stormed the town in the early hours of Tuesday, residents said.", SAT, None,
     [("the early hours of Tuesday", "DATE", "2022-02-08", "START")]),
    ("Troops will cross the border in the small hours of Sunday morning.", WED, None,
     [("the small hours of Sunday morning", "TIME", "2022-01-02TMO", "START")]),
    ("The talks ran into the early hours of the morning.", SAT, None,
     [("the early hours of the morning", "TIME", "2022-02-12TMO", "START")]),
    # a weekday counted within a month: computed like a holiday, its year by tense when none is written
    ("The Supreme Court opens its new term on the first Monday in October.", "2019-08-05", None,
     [("the first Monday in October", "DATE", "2019-10-07")]),
    ("The primary was held on the last Saturday in June.", "2019-08-05", None,
     [("the last Saturday in June", "DATE", "2019-06-29")]),
    ("The council meets on the second Tuesday of every month.", SAT, None,
     [("the second Tuesday of every month", "SET", "P1M")]),
    # a day named, then moved by a length: one expression
    ("Shares peaked a week ago Tuesday and have fallen since.", "2019-06-05", None, [("a week ago Tuesday", "DATE", "2019-05-28")]),
    ("One year ago this morning, the towers fell.", "2019-06-05", None, [("One year ago this morning", "TIME", "2018-06-05TMO")]),
    ("The suit was filed a year ago this week.", "2010-06-28", None, [("a year ago this week", "DATE", "2009-W26")]),
    ("The runoff is a week from Tuesday.", "2019-06-05", None, [("a week from Tuesday", "DATE", "2019-06-18")]),
    # a clock time said with the part of a day being told: one time on that day
    ("The ferry left on Monday. It sank at 3 a.m. the next morning.", "2000-09-30", None,
     [("Monday", "DATE", "2000-09-25"), ("3 a.m. the next morning", "TIME", "2000-09-26T03:00")]),
    ("Police arrived on Friday afternoon. He was arrested at 8 p.m. the same evening.", "2000-09-30", None,
     [("8 p.m. the same evening", "TIME", "2000-09-29T20:00")]),
    # the headline present of a scheduled event looks ahead; a noun like "close" does not
    ("Turks vote on Sunday in presidential elections.", "2018-06-23", None, [("Sunday", "DATE", "2018-06-24")]),
    ("New rules on short-selling take effect on Monday.", "2018-06-23", None, [("Monday", "DATE", "2018-06-25")]),
    ("Markets will close early on Monday and remain shut on Tuesday for the holiday.", "2023-07-01", None,
     [("Tuesday", "DATE", "2023-07-04")]),
    ("Schools remain closed on Monday.", "2023-07-01", None, [("Monday", "DATE", "2023-07-03")]),
    ("Schools remained closed on Monday.", "2023-07-01", None, [("Monday", "DATE", "2023-06-26")]),
    # a comma after a date's digits still ends the clause (not in "Jan. 10, 2005" or "10,000")
    ("The trial will begin Jan. 10, a federal judge ruled on Tuesday.", "2004-12-15", None,
     [("Jan. 10", "DATE", "2005-01-10"), ("Tuesday", "DATE", "2004-12-14")]),
    # a subordinate clause between the future and the date has its own tense
    ("The final round will be completed today after storms suspended play on Saturday evening.", "2015-06-21", None,
     [("today", "DATE", "2015-06-21"), ("Saturday evening", "TIME", "2015-06-20TEV")]),
    ("He will return to the court where he played on Saturday.", "2015-06-22", None, [("Saturday", "DATE", "2015-06-20")]),
    ("The vote will be held after lawmakers return on Monday.", "2015-06-21", None, [("Monday", "DATE", "2015-06-22")]),
    # a quarter named by the month it ends in
    ("Executives forecast a return to growth in the December quarter.", "2016-10-25", None,
     [("the December quarter", "DATE", "2016-Q4")]),
    ("Profit rose 12 percent in the June quarter.", "2016-08-03", None, [("the June quarter", "DATE", "2016-Q2")]),
    ("The vote on Monday drew a record turnout.", "2018-06-23", None, [("Monday", "DATE", "2018-06-18")]),
    # "the month" after a month is named is that month, unless the clause looks ahead from a month now over
    ("Shoppers spent less than expected in December, retailers said this week. One chain said its sales for the month "
     "fell 2.4 percent.", "2014-02-01", None, [("the month", "DATE", "2013-12")]),
    ("Layoffs began in January. The company will finish the cuts by the end of the month.", "2014-02-10", None,
     [("the end of the month", "DATE", "2014-02", "END")]),
    ("Prices rose 2 percent in the month, the ministry said.", "2014-02-10", None, [("the month", "DATE", "2014-02")]),
    ("Its first-quarter profit fell 8 percent. It was the weakest quarter since the start of the pandemic two years ago.",
     "2022-04-27", None, [("two years ago", "DATE", "2020")]),
    ("Its first-quarter profit was 5 million dollars, compared with 8 million two years ago.", "2022-04-27", None,
     [("two years ago", "DATE", "2020-Q1")]),
    # lengths: spelled-out counts in sets, halves after digits, a compound length moved back
    ("Fresh air has been pumped into the mine every fifteen minutes.", SAT, None, [("every fifteen minutes", "SET", "PT15M")]),
    ("The comet returns once every 4,000 years.", SAT, None, [("every 4,000 years", "SET", "P4000Y")]),
    ("Buses ran every few minutes.", SAT, None, [("every few minutes", "SET", "PTXM")]),
    ("He spent 17 and a half years in prison.", SAT, None, [("17 and a half years", "DURATION", "P17Y6M")]),
    ("Voting continues for another half hour.", SAT, None, [("another half hour", "DURATION", "PT30M")]),
    ("It happened two years and three months ago.", "2003-04-10", None, [("two years and three months ago", "DATE", "2001-01")]),
    ("Its chief executive, who took over 18 months ago, said so.", "2003-04-10", None, [("18 months ago", "DATE", "2001-10")]),
    ("Malaria kills more than 400,000 people a year.", SAT, None, [("a year", "SET", "P1Y")]),
    # a clock time with a daily set recurs at that time
    ("Cooling centers will stay open until ten p.m. every night.", SAT, None, [("ten p.m. every night", "SET", "XXXX-XX-XXT22:00")]),
    ("Every day at 7 a.m., the train leaves.", SAT, None, [("Every day at 7 a.m.", "SET", "XXXX-XX-XXT07:00")]),
    ("The market opens daily at noon.", SAT, None, [("daily at noon", "SET", "XXXX-XX-XXT12:00")]),
    # a bare plural unit before an event: some hours, some days
    ("The central bank acted hours after a French bank froze three funds.", SAT, None, [("hours", "DURATION", "PTXH")]),
    ("Minutes before the blast, police cleared the square.", SAT, None, [("Minutes", "DURATION", "PTXM")]),
    ("Eight trading days after Oct. 12, the index was still down.", "1989-11-02", None, [("Eight trading days", "DURATION", "P8D")]),
    # the middle of the week, month or year; a week by tense ("by midweek" said on a Sunday is next week's)
    ("A tropical storm could form in the Gulf by midweek.", "2023-08-06", None, [("midweek", "DATE", "2023-W32", "MID")]),
    ("Prices fell midweek.", "2023-08-06", None, [("midweek", "DATE", "2023-W31", "MID")]),
    ("Sales slowed at midyear.", "2023-08-06", None, [("midyear", "DATE", "2023", "MID")]),
    # a clock time in words with no a.m./p.m.: after "at" and before the clause ends; one to six is the afternoon
    ("The news conference began at two thirty.", "2013-05-14", None, [("two thirty", "TIME", "2013-05-14T14:30")]),
    ("It touched down at about eight fifteen last night.", "2013-05-14", None,
     [("about eight fifteen last night", "TIME", "2013-05-13T20:15", "APPROX")]),
    ("Our coverage continues right here until four o'clock.", "2013-05-14", None, [("four o'clock", "TIME", "2013-05-14T16:00")]),
    ("He woke at five o'clock this morning.", "2013-05-14", None, [("five o'clock this morning", "TIME", "2013-05-14T05:00")]),
    # "that day" after a report's day is the day of the event reported
    ("All adults will be eligible starting April 5, the governor announced Friday. Appointments open at 8 a.m. that day.",
     "2021-03-19", None, [("8 a.m. that day", "TIME", "2021-04-05T08:00")]),
    # a night that goes past midnight; hours counted from a clock time are a clock time, on the same clock
    ("Networks called the state at 7:50 p.m. Eastern on Tuesday, then withdrew the call two hours later. "
     "At 2:16 a.m., they called it for the governor.", "2000-11-08", "America/New_York",
     [("two hours", "DURATION", "PT2H"), ("2:16 a.m.", "TIME", "2000-11-08T02:16")]),
    ("The talks began at 10 a.m. Moscow time on Monday and ended two hours later.", SAT, "America/New_York",
     [("two hours", "DURATION", "PT2H")]),
    ("It's nine o'clock Eastern, and we begin tonight in Baghdad.", "2003-03-21", None, [("nine o'clock Eastern", "TIME", "2003-03-21T21:00")]),
    # a zone only assumed (the document's) yields to a bracketed equivalent that disagrees with it
    ("The earthquake struck at 2:46 p.m. local time (0546 GMT) on Friday.", "2013-03-22", "Europe/Moscow",
     [("2:46 p.m. local time", "TIME", "2013-03-22T14:46", None, "UTC+09:00", "2013-03-22T05:46Z")]),
    ("The vote is scheduled for 10 a.m. (0900 GMT) on Sunday.", "2013-03-22", "Europe/Moscow",
     [("10 a.m.", "TIME", "2013-03-24T10:00", None, "UTC+01:00", "2013-03-24T09:00Z")]),
    ("Polls close at 8 p.m. (1600 GMT).", "2013-03-22", "Europe/Moscow",
     [("8 p.m.", "TIME", "2013-03-22T20:00", None, "Europe/Moscow", "2013-03-22T16:00Z")]),
    # a holiday's weekend
    ("Traffic will be heavy over the Labor Day weekend.", "2013-03-22", None, [("the Labor Day weekend", "DATE", "2013-W35-WE")]),
    ("Sales jumped over the Thanksgiving holiday weekend.", "2013-03-22", None,
     [("the Thanksgiving holiday weekend", "DATE", "2012-W47-WE")]),
    ("Voters head to the polls Sunday.", "2013-04-17", None, [("Sunday", "DATE", "2013-04-21")]),
    ("The head of the agency resigned Sunday.", "2013-04-17", None, [("Sunday", "DATE", "2013-04-14")]),
    ("Trains run every half hour.", SAT, None, [("every half hour", "SET", "PT30M")]),
    ("Payments are made on the 15th of each month.", SAT, None, [("the 15th of each month", "SET", "XXXX-XX-15")]),
    ("Cyber Monday sales hit a record.", "2013-04-17", None, [("Cyber Monday", "DATE", "2012-11-26")]),
    ("The April Fools' Day joke fell flat.", "2013-04-17", None, [("April Fools' Day", "DATE", "2013-04-01")]),
    ("Workers strike on Monday over pay.", "2013-04-17", None, [("Monday", "DATE", "2013-04-22")]),
    ("A strike on Monday closed schools.", "2013-04-17", None, [("Monday", "DATE", "2013-04-15")]),
    ("The stock has fluctuated, rising to a high of $42 a share in June from $29 in March.", "1989-10-30", None,
     [("June", "DATE", "1989-06"), ("March", "DATE", "1989-03")]),
    ("The company was founded in 1998. A decade later, it went public.", "2013-04-17", None, [("A decade later", "DATE", "2008")]),
    ("Within hours of the quake, aid arrived.", "2013-04-17", None, [("hours", "DURATION", "PTXH")]),
    # a time in a clause that looks ahead takes the announced day ahead, not a past day named in between
    ("Egypt's parliament will hold a special session on Sunday, the speaker's office said on Thursday. Lawmakers last "
     "met on Dec. 12. The session opens at 11 a.m. Cairo time (0900 GMT).", "2000-12-21", None,
     [("11 a.m. Cairo time", "TIME", "2000-12-24T11:00", None, "Africa/Cairo", "2000-12-24T09:00Z")]),
    ("The men's marathon will start at 4 p.m. on Sunday, organizers said Saturday. Kenya's runners arrived three weeks "
     "ago. The closing ceremony begins at 8 p.m. the same evening.", "2000-09-30", None,
     [("8 p.m. the same evening", "TIME", "2000-10-01T20:00")]),
    # "a.m." ends a sentence before a capitalised word that is no weekday, month or zone
    ("Trading will be watched on Friday, when the government releases its report at 8:30 a.m. Since the start of "
     "the year, the index has risen.", "2007-02-08", None, [("8:30 a.m.", "TIME", "2007-02-09T08:30")]),
    ("At least 19 tornadoes touched down between Wednesday evening and early Thursday. The first warning was issued "
     "at 6:42 p.m. CDT.", "2024-10-11", None, [("6:42 p.m. CDT", "TIME", "2024-10-09T18:42")]),
    # what a day's arrival was for follows it
    ("Foreign ministers arrived in Kabul on Monday for a one-day conference on Tuesday. Roads will be closed from "
     "6 a.m. local time.", "2010-07-19", "Asia/Kabul",
     [("Tuesday", "DATE", "2010-07-20"), ("6 a.m. local time", "TIME", "2010-07-20T06:00")]),
    ("He flew in on Sunday ahead of the vote on Wednesday.", "2010-07-19", None, [("Wednesday", "DATE", "2010-07-21")]),
    ("Two astronauts may not return until February, NASA said. A decision is expected by the end of the month.",
     "2024-08-15", None, [("February", "DATE", "2025-02"), ("the end of the month", "DATE", "2024-08", "END")]),
    # a time clause in the present after a past verb looks ahead
    ("Opposition parties have demanded a full debate before the House rises for the Easter break.", "2019-03-14", None,
     [("Easter", "DATE", "2019-04-21")]),
    ("He left before the House rose for the Easter break.", "2019-03-14", None, [("Easter", "DATE", "2018-04-01")]),
    # a quarter of a game is no quarter of a year
    ("He scored 12 points in the fourth quarter of Sunday's game.", "2013-04-17", None, [("Sunday", "DATE", "2013-04-14")]),
    ("The jobless rate rose 2 percentage points in the third quarter.", "2013-04-17", None, [("the third quarter", "DATE", "2012-Q3")]),
    # "overnight" as an adverb: last night, or tonight in a clause that looks ahead
    ("Rebels attacked the town overnight, officials said.", "2013-04-17", None, [("overnight", "TIME", "2013-04-16TNI")]),
    ("Temperatures will drop overnight.", "2013-04-17", None, [("overnight", "TIME", "2013-04-17TNI")]),
    # the first or last part of a period named with "of"
    ("During the final weeks of 2012, sales rose.", "2013-04-17", None, [("the final weeks of 2012", "DATE", "2012", "END")]),
    ("In the first week of March, snow fell.", "2013-04-17", None, [("the first week of March", "DATE", "2013-03", "START")]),
    # "this weekend": the coming one, except early in the week in a past clause
    ("Police arrested 20 people this weekend.", "2013-12-23", None, [("this weekend", "DATE", "2013-W51-WE")]),
    ("The festival opens this weekend.", "2013-12-23", None, [("this weekend", "DATE", "2013-W52-WE")]),
    ("Talks broke down on New Year's Day.", "2013-12-18", None, [("New Year's Day", "DATE", "2013-01-01")]),
    # a year written once for both ends of a range
    ("Elections will be held in April-May 2024.", "2022-12-15", None, [("April", "DATE", "2024-04"), ("May 2024", "DATE", "2024-05")]),
    ("From November to January 2013, snow fell.", "2022-12-15", None, [("November", "DATE", "2012-11")]),
    ("The meeting is on 12.02.2022.", "2022-12-15", None, [("12.02.2022", "DATE", "2022-02-12")]),
    ("The decade-long war ended.", SAT, None, [("decade-long", "DURATION", "P10Y")]),
    ("In the year to March, exports rose.", SAT, None, [("the year", "DURATION", "P1Y")]),
    ("The museum is open from 9 a.m. to 5 p.m. daily.", SAT, None,
     [("9 a.m.", "SET", "XXXX-XX-XXT09:00"), ("5 p.m. daily", "SET", "XXXX-XX-XXT17:00")]),
    # a market close is the session the report is about: the lead's day
    ("The Nasdaq fell 3.2 percent on Wednesday. The index has lost 29 percent since its peak on March 10. "
     "Volume reached 1.9 billion shares by the 4 p.m. close.", "2000-05-18", None, [("4 p.m.", "TIME", "2000-05-17T16:00")]),
    ("\"We will meet next week,\" he said on Friday.", "2013-04-17", None, [("next week", "DATE", "2013-W16")]),
    # dotted clock times need a zone or "hrs" (UK and Indian styles); a clock-shaped length is a duration
    ("The toss is at 14.30 IST on Sunday.", "2022-02-12", "Asia/Kolkata",
     [("14.30 IST", "TIME", "2022-02-13T14:30", None, "Asia/Kolkata", "2022-02-13T09:00Z"), ("Sunday", "DATE", "2022-02-13")]),
    ("Polls closed at 20.00 Moscow time.", "2013-09-08", None,
     [("20.00 Moscow time", "TIME", "2013-09-08T20:00", None, "Europe/Moscow", "2013-09-08T16:00Z")]),
    ("The vote ended at 18:00 hours on Sunday.", "2022-02-12", "Asia/Kolkata",
     [("18:00 hours", "TIME", "2022-02-06T18:00"), ("Sunday", "DATE", "2022-02-06")]),
    ("The marathon lasted 2:30 hours.", "2022-02-12", None, [("2:30 hours", "DURATION", "PT2H30M")]),
    # "will" with a month-day weeks gone by: the next one; "would" in reported speech keeps the near past
    ("The law will take effect Jan. 1.", "2022-02-12", None, [("Jan. 1", "DATE", "2023-01-01")]),
    ("He said the vote would be held Jan. 20.", "2022-02-12", None, [("Jan. 20", "DATE", "2022-01-20")]),
    # a half with no year, next to figures or a deal, is the year's half; a game's half is none
    ("Net profit rose 10 percent in the first half.", "2022-08-12", None, [("the first half", "DATE", "2022-H1")]),
    ("The merger is expected to close in the second half.", "2022-08-12", None, [("the second half", "DATE", "2022-H2")]),
    # a US state, Canadian province or Australian state names its zone; a state with two gives the larger, flagged
    ("The game starts at 6 p.m. Arizona time.", "2003-10-15", "America/New_York",
     [("6 p.m. Arizona time", "TIME", "2003-10-15T18:00", None, "America/Phoenix", "2003-10-16T01:00Z")]),
    ("Polls close at 7 p.m. Texas time.", "2003-10-15", "America/New_York",
     [("7 p.m. Texas time", "TIME", "2003-10-15T19:00", None, "America/Chicago", "2003-10-16T00:00Z")]),
    # "the turn of the century": the turn nearest the writer, ahead in a century's second half
    ("At the turn of the century, the population will reach 1.3 billion.", "1998-11-12", None,
     [("the turn of the century", "DATE", "19XX", "END")]),
    ("Since the turn of the century, prices have doubled.", "2012-11-12", None, [("the turn of the century", "DATE", "20XX", "START")]),
    # a clock range that runs past midnight ends on the next day
    ("The curfew runs from 10 p.m. to 6 a.m.", "2007-11-14", None,
     [("10 p.m.", "TIME", "2007-11-14T22:00"), ("6 a.m.", "TIME", "2007-11-15T06:00")]),
    ("Shelling went on between 11 p.m. and 2 a.m., residents said.", "2007-11-14", None,
     [("11 p.m.", "TIME", "2007-11-14T23:00"), ("2 a.m.", "TIME", "2007-11-15T02:00")]),
    # two clock times joined by "and ... at" share the day named after the second; "open"/"close" before "at"
    # after a plural subject or "and" are verbs of a schedule
    ("Polls open at 8 a.m. and close at 8 p.m. Sunday.", "2007-11-14", None,
     [("8 a.m.", "TIME", "2007-11-18T08:00"), ("8 p.m. Sunday", "TIME", "2007-11-18T20:00")]),
    ("Polling stations open at 8 a.m. (0700 GMT) and close at 8 p.m. (1900 GMT) Sunday.", "2007-11-14", "Europe/Paris",
     [("8 a.m.", "TIME", "2007-11-18T08:00"), ("0700 GMT", "TIME", "2007-11-18T07:00"), ("8 p.m.", "TIME", "2007-11-18T20:00"),
      ("1900 GMT", "TIME", "2007-11-18T19:00"), ("Sunday", "DATE", "2007-11-18")]),
    # a range of 24-hour times with the zone after the second: both times
    ("The window is 1300-1330 GMT.", "2007-11-14", None,
     [("1300", "TIME", "2007-11-14T13:00", None, "UTC"), ("1330 GMT", "TIME", "2007-11-14T13:30", None, "UTC")]),
    # tense: "last-16" is no "last"; a bracketed equivalent is no clause; a schedule keeps a possessive weekday
    # ahead; "set for 6:40 p.m. on Friday"; "going on sale" is no "going to"
    ("PSG will host United in the return leg of their Champions League last-16 tie on March 6, kick-off 21:00 CET.",
     "2019-02-13", "Europe/Paris", [("March 6", "DATE", "2019-03-06"), ("21:00 CET", "TIME", "2019-03-06T21:00")]),
    ("The commission will announce the final results at 15:00 Moscow time (11:00 GMT) on Tuesday, its secretary said today.",
     "2013-03-04", "Europe/Moscow", [("15:00 Moscow time", "TIME", "2013-03-05T15:00"), ("11:00 GMT", "TIME", "2013-03-05T11:00"),
                                     ("Tuesday", "DATE", "2013-03-05"), ("today", "DATE", "2013-03-04")]),
    ("Sunday's title decider starts at 5 p.m.", "2021-12-10", None, [("Sunday", "DATE", "2021-12-12"), ("5 p.m.", "TIME", "2021-12-12T17:00")]),
    ("The game, set for 6:40 p.m. local time on Friday, will be shown later.", "2019-07-18", "America/Phoenix",
     [("6:40 p.m. local time", "TIME", "2019-07-19T18:40"), ("Friday", "DATE", "2019-07-19")]),
    ("Tickets sold out within 2 hours of going on sale at 10:00 hrs on Sunday.", "2018-06-11", None,
     [("2 hours", "DURATION", "PT2H"), ("10:00 hrs", "TIME", "2018-06-10T10:00"), ("Sunday", "DATE", "2018-06-10")]),
    ("Fog is expected over Punjab between 0200 and 0900 hrs IST on Friday.", "2021-12-29", "Asia/Kolkata",
     [("0200", "TIME", "2021-12-31T02:00", None, "Asia/Kolkata"), ("0900 hrs IST", "TIME", "2021-12-31T09:00", None, "Asia/Kolkata"),
      ("Friday", "DATE", "2021-12-31")]),
    ("He logged 1500 hours of flight time.", "2021-12-29", None, [("1500 hours", "DURATION", "PT1500H")]),
    # bare plural units: "for days or even weeks", "take days to clear", "for weeks, even months"
    ("The campaign could last for days or even weeks.", "1994-01-19", None,
     [("days", "DURATION", "PXD"), ("weeks", "DURATION", "PXW")]),
    ("Airports could take days to clear.", "1994-01-19", None, [("days", "DURATION", "PXD")]),
    ("Aftershocks may go on for weeks, even months.", "1994-01-19", None, [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")]),
    # a quarter "ended <day>" is labelled with the year of that day (TimeBank's way)
    ("Magna said net income for its fiscal fourth quarter, ended June 30, more than doubled.", "1993-07-20", None,
     [("fiscal fourth quarter", "DATE", "1993-Q4"), ("June 30", "DATE", "1993-06-30")]),
    ("Dominion posted net income for the fiscal-first quarter ended Sept. 30.", "1989-11-01", None,
     [("the fiscal-first quarter", "DATE", "1989-Q1"), ("Sept. 30", "DATE", "1989-09-30")]),
    # TimeML extents: "the mid-'80s", "1989's third quarter", "March third of last year", "midnight last night"
    ("Its reserve addition was the largest since the mid-'80s.", "1990-11-10", None, [("the mid-'80s", "DATE", "198X", "MID")]),
    ("sales volume flat through the last half of the '80s", "1990-11-10", None, [("the last half of the '80s", "DATE", "198X", "END")]),
    ("Net was $88 million in 1989's third quarter.", "1990-11-10", None, [("1989's third quarter", "DATE", "1989-Q3")]),
    ("The beating was videotaped on March third of last year.", "1992-04-30", None, [("March third of last year", "DATE", "1991-03-03")]),
    ("Easter moved to April 12 this year from March 30 last year.", "1998-04-20", None,
     [("Easter", "DATE", "1998-04-12"), ("April 12 this year", "DATE", "1998-04-12"), ("March 30 last year", "DATE", "1997-03-30")]),
    ("East Germany opened its border shortly before midnight last night.", "1989-11-10", None,
     [("midnight last night", "TIME", "1989-11-09T24:00")]),
    ("He left at 11 p.m. last night.", "1989-11-10", None, [("11 p.m. last night", "TIME", "1989-11-09T23:00")]),
    # broadcast transcripts write the US zones in lower case after a clock time
    ("Officials ordered residents out by seven p.m. central.", "1997-04-18", None,
     [("seven p.m. central", "TIME", "1997-04-18T19:00", None, "America/Chicago")]),
    ("Join us Tuesday at noon eastern for a look ahead.", "1991-12-27", None,
     [("Tuesday", "DATE", "1991-12-31"), ("noon eastern", "TIME", "1991-12-31T12:00", None, "America/New_York")]),
    ("Output in the fourth quarter will be cut 15% from the same quarter last year.", "1990-11-10", None,
     [("the fourth quarter", "DATE", "1990-Q4"), ("the same quarter last year", "DATE", "1989-Q4")]),
    ("Sales in March rose 5% from the same month last year.", "1990-11-10", None,
     [("March", "DATE", "1990-03"), ("the same month last year", "DATE", "1989-03")]),
    ("Shares have fallen in recent weeks and recent days.", "1990-11-10", None,
     [("recent weeks", "DURATION", "PXW"), ("recent days", "DATE", "PAST_REF")]),
    # "the night" told in the past with no day named is the night just gone; ahead, tonight
    ("Rescuers worked through the night and into this morning.", "1995-04-20", None,
     [("the night", "TIME", "1995-04-19TNI"), ("this morning", "TIME", "1995-04-20TMO")]),
    ("Trains will run through the night.", "1995-04-20", None, [("the night", "TIME", "1995-04-20TNI")]),
    # the Chinese calendar's new year from a table; national days by the document zone; days of history
    # ("next Friday" said on a Thursday is next week's: the Lunar New Year of 1997 fell on Friday, February 7)
    ("Markets close next Friday for the Lunar New Year.", "1997-01-30", None,
     [("next Friday", "DATE", "1997-02-07"), ("the Lunar New Year", "DATE", "1997-02-07")]),
    ("Thatcher will receive a ceremonial funeral next Wednesday, Downing Street said on Tuesday.", "2013-04-09", None,
     [("next Wednesday", "DATE", "2013-04-17"), ("Tuesday", "DATE", "2013-04-09")]),
    ("The vote is this coming Wednesday.", "2013-04-09", None, [("this coming Wednesday", "DATE", "2013-04-10")]),
    ("Millions are heading home for the Spring Festival.", "2000-01-28", None, [("the Spring Festival", "DATE", "2000-02-05")]),
    ("The fast ends at sundown, and the streets fill after nightfall.", "2022-10-05", None,
     [("sundown", "TIME", "2022-10-05TEV"), ("nightfall", "TIME", "2022-10-05TEV")]),
    ("The mayor imposed a curfew starting at sunset tonight.", "1992-04-30", None, [("sunset tonight", "TIME", "1992-04-30TEV")]),
    ("Troops moved in at daybreak on Friday.", "2022-10-03", None, [("daybreak", "TIME", "2022-09-30TMO"), ("Friday", "DATE", "2022-09-30")]),
    # the Hebrew calendar's feasts are computed; Diwali comes from a table of years
    ("Israel will close its crossings for Yom Kippur, which begins at sundown Tuesday.", "2022-10-03", None,
     [("Yom Kippur", "DATE", "2022-10-05"), ("sundown Tuesday", "TIME", "2022-10-04TEV")]),
    ("Families gathered for Passover last year despite the restrictions.", "2021-02-10", None,
     [("Passover", "DATE", "2020-04-09"), ("last year", "DATE", "2020")]),
    ("Toy stores expect record sales before Hanukkah.", "2023-11-20", None, [("Hanukkah", "DATE", "2023-12-08")]),
    ("Rosh Hashanah 1998 fell on a Monday.", "1999-01-05", None,
     [("Rosh Hashanah 1998", "DATE", "1998-09-21"), ("a Monday", "DATE", "XXXX-WXX-1")]),
    ("Sales of sweets rose ahead of Diwali, traders said on Monday.", "2017-10-16", "Asia/Kolkata",
     [("Diwali", "DATE", "2017-10-19"), ("Monday", "DATE", "2017-10-16")]),
    ("Deepavali 2030 will be the first under the new rules.", "2022-02-12", None, [("Deepavali 2030", "DATE", "XXXX-XX-XX")]),
    ("The gala begins on Lunar New Year's Eve.", "2019-01-30", None, [("Lunar New Year's Eve", "DATE", "2019-02-04")]),
    ("The Chinese New Year's celebrations began.", "2022-02-12", None, [("The Chinese New Year", "DATE", "2022-02-01")]),
    ("Tourism during the National Day holiday is expected to reach a record.", "1996-09-20", "Asia/Shanghai",
     [("National Day", "DATE", "1996-10-01")]),
    ("Stocks fell the most since Black Monday in 1987.", "1989-10-16", None, [("Black Monday", "DATE", "1987-10-19"), ("1987", "DATE", "1987")]),
    ("She spent three days a week at her office.", "1998-05-01", None, [("three days a week", "SET", "P1W")]),
    # a day of history named in passing is not the day a bare clock time after it is on
    ("Stocks plunged 190 points Friday afternoon, the biggest drop since Black Monday in 1987. The sell-off began about 2:30 p.m.",
     "1989-10-16", None, [("Friday afternoon", "TIME", "1989-10-13TAF"), ("Black Monday", "DATE", "1987-10-19"), ("1987", "DATE", "1987"),
                          ("about 2:30 p.m.", "TIME", "1989-10-13T14:30", "APPROX")]),
    ("Retailers expect the spring season to be the best in years.", "1998-04-20", None, [("the spring season", "DATE", "1998-SP"), ("years", "DURATION", "PXY")]),
    ("Glassmakers kept their secrets for more than two thousand years.", "1998-01-21", None,
     [("more than two thousand years", "DURATION", "P2L", "MORE_THAN")]),
    ("The update goes live at 10:00 UTC+05:30 on Thursday.", "2022-06-13", None,
     [("10:00 UTC+05:30", "TIME", "2022-06-16T10:00", None, "UTC+05:30", "2022-06-16T04:30Z"), ("Thursday", "DATE", "2022-06-16")]),
    ("The probe enters orbit at 7:42 p.m. Gulf time (1542 GMT) today.", "2021-02-09", None,
     [("7:42 p.m. Gulf time", "TIME", "2021-02-09T19:42", None, "Asia/Dubai", "2021-02-09T15:42Z"),
      ("1542 GMT", "TIME", "2021-02-09T15:42"), ("today", "DATE", "2021-02-09")]),
    ("Sirens sounded again at 10.15 in the evening.", "2024-11-17", None, [("10.15 in the evening", "TIME", "2024-11-17T22:15")]),
    ("The summit opens at 10 a.m. in Brussels on Tuesday.", "2019-07-18", None,
     [("10 a.m.", "TIME", "2019-07-23T10:00", None, "Europe/Brussels", "2019-07-23T08:00Z"), ("Tuesday", "DATE", "2019-07-23")]),
    ("His government would be judged on its first hundred days.", "1997-05-02", None, [("first hundred days", "DURATION", "P100D")]),
    # a future told in the past ("would") is ahead of the day told, not of the anchor
    ("The cyclone crossed the coast at about 11 a.m. on Saturday. Forecasters said conditions would ease by 6 p.m.",
     "2018-03-18", None, [("about 11 a.m.", "TIME", "2018-03-17T11:00", "APPROX"), ("Saturday", "DATE", "2018-03-17"),
                          ("6 p.m.", "TIME", "2018-03-17T18:00")]),
    # "over" after a verb's "in" means during ("phased in over two quarters"); "in over a decade" is more than
    ("The cuts will be phased in over two quarters.", "2016-10-25", None, [("two quarters", "DURATION", "P6M")]),
    ("Prices hit the lowest level in over a decade.", "2016-10-25", None, [("over a decade", "DURATION", "P10Y", "MORE_THAN")]),
    ("DOHA - Qatar play Ecuador on Sunday. Fans in Britain can watch the match live at 4pm.", "2022-11-18", "Europe/London",
     [("Sunday", "DATE", "2022-11-20"), ("4pm", "TIME", "2022-11-20T16:00", None, "Europe/London", "2022-11-20T16:00Z")]),
    # a bracketed equivalent with no day takes the local side's first; the clocks settle the rest
    ("DOHA - The Cup opens on Sunday, where Qatar play Ecuador at 19:00 local time (16:00 GMT), a day earlier than planned.",
     "2022-11-18", "Europe/London",
     [("Sunday", "DATE", "2022-11-20"), ("19:00 local time", "TIME", "2022-11-20T19:00", None, "Asia/Qatar", "2022-11-20T16:00Z"),
      ("16:00 GMT", "TIME", "2022-11-20T16:00", None, "UTC"), ("a day", "DURATION", "P1D")]),
    ("The flight leaves Delhi at 02:15 IST on Tuesday and lands at New York's JFK at 07:10 local time.", "2019-08-05", "Asia/Kolkata",
     [("02:15 IST", "TIME", "2019-08-06T02:15", None, "Asia/Kolkata"), ("Tuesday", "DATE", "2019-08-06"),
      ("07:10 local time", "TIME", "2019-08-06T07:10", None, "America/New_York")]),
    ("Half a century ago today, Mao proclaimed the republic.", "1999-10-01", None, [("Half a century ago today", "DATE", "1949-10-01")]),
    ("China resumed sovereignty over Macao at zero hour today.", "1999-12-20", None, [("zero hour today", "TIME", "1999-12-20T00:00")]),
    ("Crude for October delivery settled at $21.37 a barrel.", "1991-08-22", None, [("October", "DATE", "1991-10")]),
    ("Chinese troops crossed the border at dawn.", "1997-07-01", None, [("dawn", "TIME", "1997-07-01TMO")]),
    ("The dynasty ruled for almost a hundred years.", "1998-01-21", None, [("almost a hundred years", "DURATION", "P100Y", "LESS_THAN")]),
    ("The final was halted by rain on Sunday evening. Play resumed at 1 pm local time.", "2012-06-11", "Europe/Paris",
     [("1 pm local time", "TIME", "2012-06-11T13:00")]),
    ("The shares, priced on Wednesday night, opened at 11 a.m. on the exchange.", "2013-11-07", None,
     [("11 a.m.", "TIME", "2013-11-07T11:00")]),
    ("They talked through Sunday night. The president said at 1:30 p.m. that a deal was close.", "2012-12-31", None,
     [("1:30 p.m.", "TIME", "2012-12-31T13:30")]),
    ("Guards patrolled on Sunday evening. The gates were locked at 9 p.m.", "2012-12-31", None,
     [("9 p.m.", "TIME", "2012-12-30T21:00")]),
    ("The chairman testifies before Congress on Tuesday and Wednesday of next week.", "2013-02-21", None,
     [("Tuesday", "DATE", "2013-02-26"), ("Wednesday of next week", "DATE", "2013-02-27")]),
    ("The board met on Friday of last week.", "2013-02-21", None, [("Friday of last week", "DATE", "2013-02-15")]),
    ("It was the first vote since the ouster of Mubarak last February. The third and final round ended.", "2012-01-13", None,
     [("last February", "DATE", "2011-02")]),
    ("The economy shrank 0.2 percent in the first quarter, the longest recession since the euro was launched in 1999. "
     "Output fell 1.0 percent from a year earlier.", "2013-05-15", None, [("a year earlier", "DATE", "2012-Q1")]),
    ("The coach will retire next month and be replaced by his successor in July.", "2013-05-24", None,
     [("next month", "DATE", "2013-06"), ("July", "DATE", "2013-07")]),
    ("The company expects 2013 earnings of $3.40 a share, up from its previous forecast in July.", "2013-10-21", None,
     [("2013", "DATE", "2013"), ("July", "DATE", "2013-07")]),
    ("Gross domestic product shrank 0.2 percent in the last quarter of 2011.", "2012-03-14", None,
     [("the last quarter of 2011", "DATE", "2011-Q4")]),
    ("Unemployment hit 22.9 percent in the final quarter of last year.", "2013-03-14", None,
     [("the final quarter of last year", "DATE", "2012-Q4")]),
    ("Chelsea, who have never won the cup, next face Stoke City in the league on Saturday.", "2012-03-14", None,
     [("Saturday", "DATE", "2012-03-17")]),
    ("Isaac could make landfall late Tuesday or early Wednesday. The mayor said the levees would hold. "
     "A curfew will be in force from 8 p.m. to 6 a.m.", "2012-08-28", None,
     [("8 p.m.", "TIME", "2012-08-28T20:00"), ("6 a.m.", "TIME", "2012-08-29T06:00")]),
    ("Insurance stocks rose in afternoon trading.", "2012-06-28", None, [("afternoon", "TIME", "2012-06-28TAF")]),
    ("The index fell 2 percent in morning trading on Friday.", "2013-06-06", None,
     [("morning", "TIME", "2013-05-31TMO"), ("Friday", "DATE", "2013-05-31")]),
    ("ABU DHABI, Nov 4 (Reuters) - Vettel's victory on Sunday left rivals wondering. He has won 11 races this year. "
     "The race started at 5 p.m. local time.", "2013-11-04", "Europe/London", [("5 p.m. local time", "TIME", "2013-11-03T17:00")]),
    ("The index peaked on Oct. 20. Volume was light. Trading closed at 4 p.m.", "2013-11-04", None,
     [("4 p.m.", "TIME", "2013-11-04T16:00")]),
    ("Analysts will get a clearer picture when November sales are reported on Thursday.", "1997-12-01", None,
     [("Thursday", "DATE", "1997-12-04")]),
    ("Consumer prices jumped 0.7 percent in March, the department said today. Gasoline rose 15 percent from a month earlier.",
     "1999-04-15", None, [("a month earlier", "DATE", "1999-02")]),
    ("Intel said fourth-quarter profit rose 40%. For the full year, net income was $7.3 billion.", "2000-01-19", None,
     [("the full year", "DATE", "1999")]),
    ("For the full year, the company expects sales to grow.", "2000-01-19", None, [("the full year", "DATE", "2000")]),
    ("The railways carried 33 million passengers, 8 percent more than in the same period last year.", "2000-02-04", None,
     [("the same period last year", "DATE", "1999")]),
    ("The exams are on July 7, 8 and 9 this year.", "1998-04-01", None,
     [("July 7", "DATE", "1998-07-07"), ("8", "DATE", "1998-07-08"), ("9", "DATE", "1998-07-09")]),
    ("Analysts expect the bank to raise rates before the end of the year, possibly as early as Wednesday.", "1999-09-02", None,
     [("Wednesday", "DATE", "1999-09-08")]),
    ("Troops were deployed as early as Monday.", "1999-09-02", None, [("Monday", "DATE", "1999-08-30")]),
    ("More wind and rain are forecast before the new year.", "2013-12-23", None, [("the new year", "DATE", "2014")]),
    ("The new year began badly for exporters.", "2000-01-12", None, [("The new year", "DATE", "2000")]),
    ("Markets will reopen on Monday, Jan. 3, after the holiday weekend.", "1999-12-31", None,
     [("the holiday weekend", "DATE", "1999-W52-WE")]),
    ("The rate decision is due at 13:45 CET on Thursday, followed by the press conference at 14:30 CET.", "2016-03-08", None,
     [("14:30 CET", "TIME", "2016-03-10T14:30")]),
    ("Apple sold 47.8 million iPhones in its fiscal first quarter, ended Dec. 29, up 29 percent from a year earlier.",
     "2013-01-24", None, [("a year earlier", "DATE", "2011-Q1")]),
    ("Heavy fighting broke out at dawn on Thursday.", "2012-03-08", None,
     [("dawn", "TIME", "2012-03-08TMO"), ("Thursday", "DATE", "2012-03-08")]),
    ("Economists expect a cut in May, after inflation figures are released on April 24.", "2012-04-02", None,
     [("April 24", "DATE", "2012-04-24")]),
    ("Ferries were cancelled this morning, and rail operators said services on Tuesday would end early.", "2013-12-23", None,
     [("Tuesday", "DATE", "2013-12-24")]),
    ("Verenta expects sales to be flat, having forecast growth of up to 5 percent in February.", "2012-04-26", None,
     [("February", "DATE", "2012-02")]),
    ("The candidates traded accusations on Monday in a televised debate ahead of Sunday's run-off.", "2012-05-14", None,
     [("Monday", "DATE", "2012-05-14"), ("Sunday", "DATE", "2012-05-20")]),
    ("Airports expect the heaviest traffic between noon and 8 p.m. today.", "2012-11-21", None,
     [("noon", "TIME", "2012-11-21T12:00"), ("8 p.m. today", "TIME", "2012-11-21T20:00")]),
    ("A curfew runs from 10 p.m. to 6 a.m. Sunday.", "2012-11-21", None,
     [("10 p.m.", "TIME", "2012-11-24T22:00"), ("6 a.m. Sunday", "TIME", "2012-11-25T06:00")]),
    ("About 67 million people watched Wednesday night's debate. The debate began at 7 p.m. local time.", "2012-10-04",
     "America/Denver", [("7 p.m. local time", "TIME", "2012-10-03T19:00")]),
    ("The shot was given in three doses a month apart.", "2012-11-05", None, [("a month", "DURATION", "P1M")]),
    ("The judge told prospective jurors to return at 8:30 a.m. Thursday.", "2013-02-26", None,
     [("8:30 a.m. Thursday", "TIME", "2013-02-28T08:30")]),
    ("Dedicated Games lanes come into force at 06:00 BST on Wednesday.", "2012-07-23", None,
     [("06:00 BST", "TIME", "2012-07-25T06:00"), ("Wednesday", "DATE", "2012-07-25")]),
    ("Wholesale price data for May are due on Thursday.", "2012-06-13", None, [("May", "DATE", "2012-05")]),
    ("Frost followed the coldest March since 1962.", "2013-04-05", None, [("March", "DATE", "2013-03")]),
    ("The Topix climbed 0.6 percent at the 3 p.m. close in Tokyo.", "2012-05-21", "America/New_York",
     [("3 p.m.", "TIME", "2012-05-21T15:00", None, "Asia/Tokyo")]),
    ("Lumora said the set would go on sale in Europe in the second half.", "2013-01-08", None,
     [("the second half", "DATE", "2013-H2")]),
    ("Voters return to the polls on Sunday for the second time in six weeks.", "2012-06-13", None,
     [("Sunday", "DATE", "2012-06-17")]),
    ("Voters went to the polls on Sunday.", "2012-06-13", None, [("Sunday", "DATE", "2012-06-10")]),
    ("The weather office has warned of dense fog over Punjab between 0200 and 0900 hrs IST on Friday.", "2021-12-30", None,
     [("0200", "TIME", "2021-12-31T02:00"), ("Friday", "DATE", "2021-12-31")]),
    ("Police warned of protests that erupted on Friday.", "2021-12-30", None, [("Friday", "DATE", "2021-12-24")]),
    ("Earlier on Thursday, parliament rejected six bills.", "2013-11-21", None, [("Thursday", "DATE", "2013-11-21")]),
    ("Tickets for Saturday's grand final sold out within hours.", "2013-09-23", None, [("Saturday", "DATE", "2013-09-28")]),
    ("Tickets for trains out of Beijing on Sunday sold out within hours.", "2013-09-23", None, [("Sunday", "DATE", "2013-09-29")]),
    ("Fans blamed police for Saturday's violence.", "2013-09-23", None, [("Saturday", "DATE", "2013-09-21")]),
    ("Approval has been delayed by three months to the fourth quarter.", "2013-06-05", None,
     [("the fourth quarter", "DATE", "2013-Q4")]),
    ("Schools have been given permission to hold lessons outdoors on Wednesday.", "2012-06-04", None,
     [("Wednesday", "DATE", "2012-06-06")]),
    ("Forecasts for Wednesday morning are mixed.", "2012-06-04", None, [("Wednesday morning", "TIME", "2012-06-06TMO")]),
    ("Tickets for the event, sold at 10 pounds each, ran out in October.", "2013-12-30", None, [("October", "DATE", "2013-10")]),
    ("Transport for London will run free services from 23:45 until 04:30 on New Year's Day.", "2013-12-30", None,
     [("23:45", "TIME", "2013-12-31T23:45"), ("04:30", "TIME", "2014-01-01T04:30")]),
    ("Opposition leaders called for a protest rally in central Kiev on Sunday.", "2013-11-21", None,
     [("Sunday", "DATE", "2013-11-24")]),
    ("He called for calm after the riots erupted on Sunday.", "2013-11-21", None, [("Sunday", "DATE", "2013-11-17")]),
    ("The agency issued a warning within minutes and said waves could reach the islands.", "2012-04-11", None,
     [("minutes", "DURATION", "PTXM")]),
    ("Storms grounded helicopters for hours at a time.", "2013-06-20", None, [("hours", "DURATION", "PTXH")]),
    ("The IMF warned of a slowdown in March.", "2021-12-30", None, [("March", "DATE", "2021-03")]),
    # a pair of weekdays in a past clause whose first is the anchor's day: the second is the next day, not last week's
    ("More than 6,000 flights were cancelled for Monday and Tuesday.", "2012-10-29", None,
     [("Monday", "DATE", "2012-10-29"), ("Tuesday", "DATE", "2012-10-30")]),
    ("Schools were closed Monday and Tuesday.", "2012-10-29", None,
     [("Monday", "DATE", "2012-10-29"), ("Tuesday", "DATE", "2012-10-30")]),
    ("The talks were held on Thursday and Friday.", "2012-11-02", None,
     [("Thursday", "DATE", "2012-11-01"), ("Friday", "DATE", "2012-11-02")]),
    # a past midnight with no day named but the dateline's: the midnight that began the anchor's day
    ("HONG KONG, July 1 (Reuters) - China resumed sovereignty over Hong Kong at midnight, ending British rule.",
     "1997-07-01", None, [("July 1", "DATE", "1997-07-01"), ("midnight", "TIME", "1997-06-30T24:00")]),
    ("HONG KONG, July 1 (Reuters) - A curfew will begin at midnight.", "1997-07-01", None,
     [("July 1", "DATE", "1997-07-01"), ("midnight", "TIME", "1997-07-01T24:00")]),
    ("The talks ended on Monday, February 7. Around midnight, the presidents began to prepare for the press "
     "conference.", "2022-02-07", None, [("Monday, February 7", "DATE", "2022-02-07"), ("Around midnight", "TIME", "2022-02-07T24:00")]),
    # a count of days told in the present is the day the story is told on
    ("In Saudi Arabia, today is the eighth day of Desert Shield.", "1990-08-15", None,
     [("today", "DATE", "1990-08-15"), ("the eighth day", "DATE", "1990-08-15")]),
    ("It's the second day of an offensive by the security forces.", "1998-03-06", None,
     [("the second day", "DATE", "1998-03-06")]),
    # a spoken clock time with no a.m./p.m. in an evening broadcast is in the evening
    ("Tonight on Monday Night Football, Dallas visits the Giants. Aikman is healthy. The game begins at nine o'clock.",
     "1995-09-11", None, [("Tonight", "TIME", "1995-09-11TNI"), ("nine o'clock", "TIME", "1995-09-11T21:00")]),
    ("Good evening. Here is the news. The President spoke for an hour. He said the budget would be balanced. Our "
     "coverage continues at nine-thirty.", "1998-01-28", None,
     [("an hour", "DURATION", "PT1H"), ("nine-thirty", "TIME", "1998-01-28T21:30")]),
    # a range of months with no year keeps its order: the start goes back a year, or the end forward
    ("From January to October, the city's industrial output rose 15 percent.", "1998-03-03", None,
     [("January", "DATE", "1997-01"), ("October", "DATE", "1997-10")]),
    ("Output rose in the January-October period.", "1998-03-03", None,
     [("January", "DATE", "1997-01"), ("October", "DATE", "1997-10")]),
    ("The exhibition will run from November to February.", "1998-03-03", None,
     [("November", "DATE", "1998-11"), ("February", "DATE", "1999-02")]),
    ("Between November and February, sales fell.", "1998-03-03", None,
     [("November", "DATE", "1997-11"), ("February", "DATE", "1998-02")]),
    # "until" a day after a past verb of the clause's own: the day the past went on to
    ("The House and Senate traded proposals until shortly before midnight on Monday.", "2013-10-01", None,
     [("midnight", "TIME", "2013-09-30T24:00"), ("Monday", "DATE", "2013-09-30")]),
    ("The store stayed open until Friday.", "2013-10-01", None, [("Friday", "DATE", "2013-09-27")]),
    ("The bank extended its loans until Friday.", "2013-10-01", None, [("Friday", "DATE", "2013-10-04")]),
    ("The crew may not return until Friday.", "2013-10-01", None, [("Friday", "DATE", "2013-10-04")]),
    # "the next"/"the last" before a length used as an adjective belong to the noun
    ("The Fed's policymakers meet eight times a year; the next two-day meeting ends on June 20.", "2012-06-10", None,
     [("two-day", "DURATION", "P2D"), ("June 20", "DATE", "2012-06-20")]),
    ("The last three-year contract expired in May.", "2012-06-10", None,
     [("three-year", "DURATION", "P3Y"), ("May", "DATE", "2012-05")]),
    # a past clock time far from any day takes the lead's past day only if the lead named it whole
    ("MOSCOW, Dec 16 (Reuters) - The rouble suffered its biggest fall on Tuesday, despite a rate rise overnight. "
     "The rouble firmed early, but reversed course. Analysts were stunned. The RTS index fell 12 percent by 16:00 "
     "Moscow time.", "2014-12-16", None, [("overnight", "TIME", "2014-12-15TNI"), ("16:00 Moscow time", "TIME", "2014-12-16T16:00")]),
    # a weekday and its week are one expression; a length of three units is one length
    ("Fishermen, who had been told to stay ashore since Thursday last week, will be allowed back.", "2014-09-20", None,
     [("Thursday last week", "DATE", "2014-09-11")]),
    ("Millions will travel from Wednesday to Sunday next week.", "2014-09-20", None,
     [("Wednesday", "DATE", "2014-09-24"), ("Sunday next week", "DATE", "2014-09-28")]),
    ("Keflezighi finished in 2 hours, 8 minutes and 37 seconds on Monday.", "2014-04-22", None,
     [("2 hours, 8 minutes and 37 seconds", "DURATION", "PT2H8M37S"), ("Monday", "DATE", "2014-04-21")]),
    ("President Xi saw the astronauts off at about 3 p.m., two and a half hours before the launch.", "2013-06-11", None,
     [("about 3 p.m.", "TIME", "2013-06-11T15:00"), ("two and a half hours", "DURATION", "PT2H30M")]),
    ("The vote could come as early as May.", "2014-09-20", None, [("May", "DATE", "2015-05")]),
    # a schedule told in the present looks ahead
    ("Japan's consumption tax rises to 8 percent from 5 percent on Tuesday, and shoppers spent the weekend stocking up.",
     "2014-03-31", None, [("Tuesday", "DATE", "2014-04-01")]),
    ("England open their campaign against Italy in Manaus on Saturday.", "2014-06-10", None,
     [("Saturday", "DATE", "2014-06-14")]),
    ("President Vladimir Putin, who gives his annual news conference on Thursday, has not commented.", "2014-12-16", None,
     [("Thursday", "DATE", "2014-12-18")]),
    ("Ukraine's dollar bonds due in 2023 rose to their highest level since January.", "2014-05-26", None,
     [("2023", "DATE", "2023"), ("January", "DATE", "2014-01")]),
    ("LOS ANGELES (AP) - Argo won best picture on Sunday night. The ceremony began at 5:30 p.m. PST (8:30 p.m. EST).",
     "2013-02-25", None, [("Sunday night", "TIME", "2013-02-24TNI"), ("5:30 p.m. PST", "TIME", "2013-02-24T17:30"),
                          ("8:30 p.m. EST", "TIME", "2013-02-24T20:30")]),
    ("NEW YORK (AP) - The Dow closed at a record high Tuesday. It beat its previous high, set on Oct. 9, 2007. The index "
     "crossed that level soon after the opening bell at 9:30 a.m.", "2013-03-05", None,
     [("Tuesday", "DATE", "2013-03-05"), ("Oct. 9, 2007", "DATE", "2007-10-09"), ("9:30 a.m.", "TIME", "2013-03-05T09:30")]),
    ("Tallis faces up to 20 years in prison on each count when he is sentenced on July 16, the judge said.", "2013-04-23",
     None, [("July 16", "DATE", "2013-07-16")]),
    ("The results are released on Thursday.", "2013-04-23", None, [("Thursday", "DATE", "2013-04-25")]),
    ("He is accused of killing three people on Monday.", "2013-04-23", None, [("Monday", "DATE", "2013-04-22")]),
    ("Keflezighi, who turns 39 next month, finished in 2 hours, 8 minutes and 37 seconds on Monday, 11 seconds ahead "
     "of Chebet.", "2014-04-22", None, [("next month", "DATE", "2014-05"), ("Monday", "DATE", "2014-04-21")]),
    ("Play on Monday was held up for about 20 minutes when a fan ran onto the ground.", "2013-12-17", None,
     [("Monday", "DATE", "2013-12-16")]),
    ("The NFL moved Sunday's game to Detroit and rescheduled it for Monday night.", "2014-11-20", None,
     [("Sunday", "DATE", "2014-11-23"), ("Monday night", "TIME", "2014-11-24TNI")]),
    ("Friday's attack killed 12.", "2014-11-20", None, [("Friday", "DATE", "2014-11-14")]),
    ("The trial began on 3 March and was adjourned for six weeks in May and June.", "2014-09-12", None,
     [("3 March", "DATE", "2014-03-03"), ("May", "DATE", "2014-05"), ("June", "DATE", "2014-06")]),
    ("The hearing was adjourned to Monday.", "2014-09-12", None, [("Monday", "DATE", "2014-09-15")]),
    ("The economy would grow by about 7 percent for the whole year.", "1999-07-20", None, [("the whole year", "DATE", "1999")]),
    ("Coming up in the next half hour: why Jerusalem's holy sites are so hard to share.", "1999-07-20", None,
     [("the next half hour", "DURATION", "PT30M")]),
    ("In the past half hour, prices fell.", "1999-07-20", None, [("the past half hour", "DURATION", "PT30M")]),
    ("Reunification is a great task for the Chinese people in the new century.", "1999-10-01", None,
     [("the new century", "DATE", "20XX")]),
    ("The Yangtze floods of 1931 and 1954 killed about 145,000 people.", "1998-08-10", None,
     [("1931", "DATE", "1931"), ("1954", "DATE", "1954")]),
    ("Officials say the 1999 targets will focus on housing reform.", "1998-12-01", None, [("1999", "DATE", "1999")]),
    ("GDP grew 7.6 percent in the first half of this year over the same period of last year.", "1998-09-29", None,
     [("the first half of this year", "DATE", "1998-H1"), ("the same period of last year", "DATE", "1997-H1")]),
    ("Exports rose 5 percent in May from the same period last year.", "1998-09-29", None,
     [("May", "DATE", "1998-05"), ("the same period last year", "DATE", "1997-05")]),
    ("Clinton called off airstrikes at the last minute on Nov. 15.", "1998-12-24", None, [("Nov. 15", "DATE", "1998-11-15")]),
    ("President Moi declared Monday a national day of mourning.", "1998-08-08", None, [("Monday", "DATE", "1998-08-10")]),
    ("Glenn has served in the Senate for 24 years and retires in January.", "1998-10-29", None,
     [("24 years", "DURATION", "P24Y"), ("January", "DATE", "1999-01")]),
    ("Many analysts expect another cut at the committee's next meeting, on Nov. 17.", "1999-03-27", None,
     [("Nov. 17", "DATE", "1999-11-17")]),
    ("Clinton arrived in Xi'an, capital of Shaanxi Province, on Thursday for a nine-day state visit.", "1998-06-27", None,
     [("Thursday", "DATE", "1998-06-25"), ("nine-day", "DURATION", "P9D")]),
    ("The two leaders visit Paris on Thursday.", "1998-06-27", None, [("Thursday", "DATE", "1998-07-02")]),
    ("Helicopters were grounded Thursday, and forecasters said the bad weather could last through the weekend.",
     "1998-02-05", None, [("Thursday", "DATE", "1998-02-05"), ("the weekend", "DATE", "1998-W06-WE")]),
    ("The Games close Sunday with a ceremony at the Olympic Stadium.", "1998-02-20", None, [("Sunday", "DATE", "1998-02-22")]),
    ("Kohl became chancellor in October 1982 and presided over German reunification eight years later.", "1998-09-28",
     None, [("October 1982", "DATE", "1982-10"), ("eight years later", "DATE", "1990")]),
    ("Sales rose 3 percent in March from a year earlier.", "1998-09-28", None, [("a year earlier", "DATE", "1997-03")]),
    ("The company earned $84.2 million in the three months ended Sept. 30, up from $71.3 million a year earlier.",
     "1998-10-20", None, [("the three months", "DURATION", "P3M"), ("Sept. 30", "DATE", "1998-09-30"),
                          ("a year earlier", "DATE", "1997-Q3")]),
    ("For the year ended March 31, the economy contracted 0.7 percent. The agency released the figures at 5 p.m.",
     "1998-06-12", None, [("March 31", "DATE", "1998-03-31"), ("5 p.m.", "TIME", "1998-06-12T17:00")]),
    ("Countries of the European Union also move their clocks back on Sunday, as they do every October.", "2014-10-20",
     None, [("Sunday", "DATE", "2014-10-26"), ("every October", "SET", "XXXX-10")]),
    ("Police had to close some viewing areas hours before midnight.", "2013-12-30", None, [("hours", "DURATION", "PTXH")]),
    # "the day" that names the day being told, or the day just named again
    ("The Dow, which had been up 100 points at midday, ended the day down 28 points.", "1999-03-26", None,
     [("midday", "TIME", "1999-03-26T12:00"), ("the day", "DATE", "1999-03-26")]),
    ("Schools were closed Thursday, and many residents spent much of the day in basements.", "1999-03-26", None,
     [("Thursday", "DATE", "1999-03-25"), ("the day", "DATE", "1999-03-25")]),
    ("Foreigners have bought stocks since Sept. 4, the day Raghuram Rajan took over as governor.", "2013-11-04", None,
     [("Sept. 4", "DATE", "2013-09-04"), ("the day", "DATE", "2013-09-04")]),
    ("Eight trading days after Oct. 12, the day before the stock market plunge, prices fell.", "1989-10-27", None,
     [("Oct. 12", "DATE", "1989-10-12"), ("the day", "DATE", "1989-10-12")]),
    ("Good morning. It's, uh, six-thirty here in Los Angeles, two days after the earthquake that struck at four "
     "thirty-one Monday morning.", "1994-01-19", None,
     [("six-thirty", "TIME", "1994-01-19T06:30"), ("four thirty-one Monday morning", "TIME", "1994-01-17T04:31")]),
    # "next"/"last" before spring, summer or fall step a year ("this spring" is this year's)
    ("The ruling could come as early as next spring.", "2012-02-14", None, [("next spring", "DATE", "2013-SP")]),
    ("Delta has been recovering from a strike that began last spring.", "1989-10-25", None, [("last spring", "DATE", "1988-SP")]),
    ("The new line opens this spring.", "2012-02-14", None, [("this spring", "DATE", "2012-SP")]),
    ("For the next month, believers will abstain from food and drink.", "2012-07-20", None, [("the next month", "DURATION", "P1M")]),
    ("Assad could avoid a strike by handing over his weapons within the next week.", "2013-09-10", None,
     [("the next week", "DURATION", "P1W")]),
    ("The conference, held each December to set policy for the coming year, opens on Monday.", "1998-12-04", None,
     [("the coming year", "DATE", "1999")]),
    ("Landfall is likely between 6 p.m. and 9 p.m. IST on Saturday.", "2013-10-10", "Asia/Kolkata",
     [("Saturday", "DATE", "2013-10-12")]),
    ("Arthur was on track to brush the Outer Banks late Thursday or early Friday.", "2014-07-02", None,
     [("late Thursday", "DATE", "2014-07-03"), ("early Friday", "DATE", "2014-07-04")]),
    ("His body will lie in state for three days from Wednesday, and Sunday has been declared a national day of prayer.",
     "2013-12-09", None, [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "2013-12-11"), ("Sunday", "DATE", "2013-12-15")]),
    ("Growth was the lowest in a quarter of a century.", "2015-10-19", None, [("a quarter of a century", "DURATION", "P25Y")]),
    ("The court would not sit on Fridays and would break for the week of 18 February.", "2013-02-04", None,
     [("the week of 18 February", "DATE", "2013-W08")]),
    ("The address comes a day before the 12th anniversary of the attacks.", "2013-09-10", None, [("a day", "DURATION", "P1D")]),
    ("Investment rose 13.8 percent in the January-June period.", "1998-07-09", None,
     [("the January-June period", "DATE", "1998-H1")]),
    ("Within the next decade, doctors expect to use genetic tests.", "2000-06-26", None, [("the next decade", "DURATION", "P10Y")]),
    ("Ministers said demand would grow steadily in the next decade.", "1990-09-25", None, [("the next decade", "DATE", "200X")]),
    ("The government declared a state of war late Wednesday. City authorities said Thursday that a curfew would be in "
     "force from 8 p.m. to 5 a.m., starting tonight.", "1999-03-25", None,
     [("8 p.m.", "TIME", "1999-03-25T20:00"), ("5 a.m.", "TIME", "1999-03-26T05:00")]),
    ("The crew will talk to flight controllers several times a day.", "2000-10-31", None, [("several times a day", "SET", "P1D")]),
    ("We hope to keep people up there for decades to come.", "2000-10-31", None, [("decades", "DURATION", "PXE")]),
    ("GDP grew 7 percent in the first half of this year, down from 9.5 percent a year earlier.", "1998-07-09", None,
     [("the first half of this year", "DATE", "1998-H1"), ("a year earlier", "DATE", "1997-H1")]),
    ("The next round of voting, on Wednesday, covers six seats in the Northeast.", "2014-04-07", None,
     [("Wednesday", "DATE", "2014-04-09")]),
    ("The caucuses began at 7 p.m. Monday. CNN projected Cruz the winner at 9:39 p.m.", "2016-02-02", None,
     [("7 p.m. Monday", "TIME", "2016-02-01T19:00"), ("9:39 p.m.", "TIME", "2016-02-01T21:39")]),
    ("Growth is projected to slow in March.", "2016-02-02", None, [("March", "DATE", "2016-03")]),
    # a day named only as a bound ("before Christmas", "from April 11 to May 19") is no day a later clock is on
    ("Shares closed at a record on Wednesday, extending a rally that began before Christmas. The index ended at "
     "1630 GMT.", "2017-01-04", None, [("Christmas", "DATE", "2016-12-25"), ("1630 GMT", "TIME", "2017-01-04T16:30")]),
    ("Counting began on Thursday. The election was held from April 11 to May 19. Modi tweeted shortly after noon.",
     "2019-05-23", None, [("noon", "TIME", "2019-05-23T12:00")]),
    # a hedge on a deadline is outside the date; a pause lasts until a day to come
    ("The rules last until at least 13 April.", "2020-03-24", None, [("13 April", "DATE", "2020-04-13")]),
    ("Nevada paused its count until Thursday morning.", "2020-11-04", None, [("Thursday morning", "TIME", "2020-11-05TMO")]),
    ("The pound fell against the dollar overnight before recovering some ground in morning trading.", "2017-06-09", None,
     [("overnight", "TIME", "2017-06-08TNI"), ("morning", "TIME", "2017-06-09TMO")]),
    ("Relatives gathered at the airport overnight waiting for news.", "2019-03-11", None, [("overnight", "TIME", "2019-03-10TNI")]),
    ("Preval told reporters overnight that the palace had collapsed.", "2010-01-13", None, [("overnight", "TIME", "2010-01-12TNI")]),
    ("The stock was halted twice in the first hour of trading.", "2021-01-27", None, [("the first hour", "DURATION", "PT1H")]),
    ("The singer was sentenced Friday to five months in prison. A jury convicted her on March 5 of lying about a sale "
     "on Dec. 27, 2001. The hearing began at 10 a.m.", "2004-07-16", None,
     [("Friday", "DATE", "2004-07-16"), ("10 a.m.", "TIME", "2004-07-16T10:00")]),
    ("Biden abandoned his campaign on Sunday, weeks after a disastrous debate performance on June 27. He made the "
     "announcement at 1:46 p.m. Eastern time.", "2024-07-22", None, [("1:46 p.m. Eastern time", "TIME", "2024-07-21T13:46")]),
    ("Investigators recovered the recorders of the jet that crashed shortly after take-off on Sunday. The flight took "
     "off at 8:38 a.m. local time.", "2019-03-11", None, [("8:38 a.m. local time", "TIME", "2019-03-10T08:38")]),
    ("Modi will meet chief ministers on Monday as states push to reopen before the current phase ends on May 17. A "
     "night curfew from 7 pm to 7 am remains in force.", "2020-05-11", None, [("7 pm", "TIME", "2020-05-11T19:00")]),
    # the period a figure is compared with is no new reference: what follows is still of the period reported
    ("The company lost $212 million in the three months ended Sept. 30, compared with a profit in the year-earlier "
     "period. Revenue fell 58% to $187 million from $445 million a year earlier.", "2001-10-25", None,
     [("the year-earlier period", "DATE", "2000-Q3"), ("a year earlier", "DATE", "2000-Q3")]),
    ("Boeing delivered 83 jets in the first quarter. Deliveries fell from 157 in the fourth quarter and from 130 a "
     "year earlier.", "2024-04-09", None, [("the fourth quarter", "DATE", "2023-Q4"), ("a year earlier", "DATE", "2023-Q1")]),
    ("Paulson said over the weekend that the government would not rescue Lehman.", "2008-09-15", None,
     [("the weekend", "DATE", "2008-W37-WE")]),
    # "every" said once for two days, months or seasons
    ("The market is open every Monday and Thursday.", "2011-03-01", None,
     [("every Monday", "SET", "XXXX-WXX-1"), ("Thursday", "SET", "XXXX-WXX-4")]),
    ("The clocks have been changed every spring and autumn.", "2011-03-01", None,
     [("every spring", "SET", "XXXX-SP"), ("autumn", "SET", "XXXX-FA")]),
    ("Engineers will inspect the viaduct and keep it closed until Thursday morning.", "2001-02-28", None,
     [("Thursday morning", "TIME", "2001-03-01TMO")]),
    # the lead's part of a past day dates a past clock told later ("yesterday afternoon", not "overnight")
    ("The blackout darkened the Northeast yesterday afternoon. Officials said early today that power might not "
     "return until tomorrow morning. Some were still walking after 9 p.m.", "2003-08-15", None,
     [("9 p.m.", "TIME", "2003-08-14T21:00")]),
    ("The committee meets every Tuesday at 10 a.m.", "2005-04-04", None, [("every Tuesday at 10 a.m.", "SET", "XXXX-WXX-2T10:00")]),
    # a year that opens its clause is the year of a month-day in it; one in a clause of background is not
    ("The new government is expected next week; in 2014 the ceremony was held on May 26.", "2019-05-23", None,
     [("May 26", "DATE", "2014-05-26")]),
    ("He has led the party since 1995, when the leadership is chosen on Nov. 18.", "1998-11-10", None,
     [("Nov. 18", "DATE", "1998-11-18")]),
    ("The astronauts spent about twenty-one and a half hours on the Moon.", "1989-07-20", None,
     [("about twenty-one and a half hours", "DURATION", "PT21H30M", "APPROX")]),
    ("They stepped out just before eleven o'clock at night.", "1991-11-19", None, [("eleven o'clock at night", "TIME", "1991-11-19T23:00")]),
    ("The Labor Department will release the March producer price index tomorrow, and the consumer price index for "
     "March is due Friday. The offer could run into March.", "1991-03-12", None,
     [("March", "DATE", "1991-03"), ("tomorrow", "DATE", "1991-03-13"), ("March", "DATE", "1991-03"), ("March", "DATE", "1991-03")]),
    ("Unemployment could reach 2 million within a year.", "1990-10-03", None, [("a year", "DURATION", "P1Y")]),
    ("The holiday will be marked every Oct. 3.", "1990-10-03", None, [("every Oct. 3", "SET", "XXXX-10-03")]),
    ("Loans rose to $1.2 billion at year-end.", "1990-01-16", None, [("year-end", "DATE", "1989", "END")]),
    ("The deal will close by year-end.", "1990-01-16", None, [("year-end", "DATE", "1990", "END")]),
    ("Winds of up to 70 mph overnight had pushed the oil southwest.", "1989-03-27", None, [("overnight", "TIME", "1989-03-26TNI")]),
    ("Sales at stores open at least a year rose 3% in February.", "1991-03-13", None, [("February", "DATE", "1991-02")]),
    ("Bill Clinton, fresh from a Super Tuesday sweep of the South, turned to Illinois.", "1992-03-12", None,
     [("Super Tuesday", "DATE", "1992-03-10")]),
    # zones: a sentence that opens with its place, "here in", demonyms, the Cold War's datelines
    ("In Tokyo Wednesday, the dollar opened at 159.35 yen and stood at 159.60 at noon.", "1990-04-25", "America/New_York",
     [("Wednesday", "DATE", "1990-04-25"), ("noon", "TIME", "1990-04-25T12:00")]),
    ("The offensive began at four o'clock Sunday morning, Saudi time.", "1991-02-24", "America/New_York",
     [("four o'clock Sunday morning, Saudi time", "TIME", "1991-02-24T04:00")]),
    ("Exxon promised to keep crews at work for at least the next two months.", "1989-03-27", None,
     [("at least the next two months", "DURATION", "P2M", "EQUAL_OR_MORE")]),
    ("The employment report for April is due out next Friday.", "1989-05-01", None, [("April", "DATE", "1989-04")]),
    ("The Summer Games open in Barcelona on July 25.", "1992-02-10", None, [("July 25", "DATE", "1992-07-25")]),
    ("Net income for the fiscal first quarter, which ended Sept. 30, fell 41% from $31.5 million a year earlier.",
     "1991-11-19", None, [("the fiscal first quarter", "DATE", "1991-Q1"), ("Sept. 30", "DATE", "1991-09-30"),
                          ("a year earlier", "DATE", "1990-Q1")]),
    ("Offices were closed for the new national holiday, the Day of German Unity.", "1990-10-03", None,
     [("the Day of German Unity", "DATE", "1990-10-03")]),
    # "was to have", "were to": a plan of the past, ahead of when it was made
    ("Schools in Dade County, which were to open Thursday, will stay closed.", "1992-08-25", None, [("Thursday", "DATE", "1992-08-27")]),
    ("Gorbachev was to have returned to Moscow on Tuesday.", "1991-08-20", None, [("Tuesday", "DATE", "1991-08-20")]),
    ("French voters decide on the Maastricht treaty on Sunday.", "1992-09-15", None, [("Sunday", "DATE", "1992-09-20")]),
    # a possessive "'s" before a full stop ends the sentence (it is no initial like "J. Smith")
    ("Traders said sales had fallen well short of last year's. The festival falls on Tuesday this year.", "2012-11-12", None,
     [("last year", "DATE", "2011"), ("Tuesday", "DATE", "2012-11-13"), ("this year", "DATE", "2012")]),
    ("Landfall is likely between 6 p.m. and 9 p.m. IST on Saturday, it said.", "2013-10-11", None,
     [("Saturday", "DATE", "2013-10-12")]),
    # "am" after a clock is no verb: the Sunday of an equivalent is the one just past
    ("Bombs exploded at the Sari Club at about 11:05pm local time on Saturday, or 1:05am on Sunday in Sydney.", "2002-10-14",
     "Asia/Makassar", [("about 11:05pm local time", "TIME", "2002-10-12T23:05", "APPROX"), ("Saturday", "DATE", "2002-10-12"),
                       ("1:05am", "TIME", "2002-10-13T01:05"), ("Sunday", "DATE", "2002-10-13")]),
    # a curfew's hours told as standing are today's; a curfew kept on a day named is that day's
    ("Under rules issued on May 1, a night curfew from 7 pm to 7 am remains in force.", "2020-05-11", "Asia/Kolkata",
     [("May 1", "DATE", "2020-05-01"), ("7 pm", "TIME", "2020-05-11T19:00"), ("7 am", "TIME", "2020-05-12T07:00")]),
    ("The army imposed a month-long state of emergency and a curfew from 7pm to 6am in Cairo.", "2013-08-21", "Africa/Cairo",
     [("month-long", "DURATION", "P1M"), ("7pm", "TIME", "2013-08-21T19:00"), ("6am", "TIME", "2013-08-22T06:00")]),
    ("On Sunday, the country observed a curfew from 7 am to 9 pm.", "2020-03-23", "Africa/Cairo",
     [("Sunday", "DATE", "2020-03-22"), ("7 am", "TIME", "2020-03-22T07:00"), ("9 pm", "TIME", "2020-03-22T21:00")]),
    # "an hour ahead" is a margin, no future; "in the hours ahead" is
    ("Clocks were set an hour ahead early Sunday across most of the country.", "2007-03-12", None,
     [("an hour", "DURATION", "PT1H"), ("early Sunday", "DATE", "2007-03-11", "START")]),
    # a plan called off is told in the past: the clocks go on from the last one told
    ("The spire collapsed at 7:50 pm on Monday. Macron, who cancelled a televised address planned for 8 pm, spoke outside "
     "the cathedral at about 11:40 pm.", "2019-04-16", "Europe/Paris",
     [("7:50 pm", "TIME", "2019-04-15T19:50"), ("Monday", "DATE", "2019-04-15"), ("8 pm", "TIME", "2019-04-15T20:00"),
      ("about 11:40 pm", "TIME", "2019-04-15T23:40", "APPROX")]),
    # a length a clock is off by, not a rate: "stations an hour slow", "calendars an hour off"
    ("Departure boards at 40 stations were left an hour slow.", "2007-03-12", None, [("an hour", "DURATION", "PT1H")]),
    ("Some users found their calendars an hour off on Monday.", "2007-03-12", None,
     [("an hour", "DURATION", "PT1H"), ("Monday", "DATE", "2007-03-12")]),
    # a midnight that starts a range ending on a day is the midnight that begins it
    ("Clocks will jump from midnight to 1am on Friday, the cabinet said.", "2023-04-27", "Africa/Cairo",
     [("midnight", "TIME", "2023-04-27T24:00"), ("1am", "TIME", "2023-04-28T01:00"), ("Friday", "DATE", "2023-04-28")]),
    # a possessive day after "p.m." opens the next sentence: two expressions
    ("The cardinals held their first vote at about 5:45 p.m. Friday's Mass began at 11 a.m.", "2025-05-09", "Europe/Rome",
     [("about 5:45 p.m.", "TIME", "2025-05-09T17:45", "APPROX"), ("Friday", "DATE", "2025-05-09"), ("11 a.m.", "TIME", "2025-05-09T11:00")]),
    # "Now" with no comma opening a sentence is the present (TimeBank tags it); "Now," is discourse
    ("Now officials are worried about the banks.", "1998-03-01", None, [("Now", "DATE", "PRESENT_REF")]),
    # a clause joined to one about a coming day, with no tense of its own, goes on from it
    ("Spain and Italy face bigger tests later this week, with Madrid auctioning bonds on Thursday and Rome returning to "
     "the market on Friday.", "2012-01-16", None,
     [("later this week", "DATE", "2012-W03", "END"), ("Thursday", "DATE", "2012-01-19"), ("Friday", "DATE", "2012-01-20")]),
    ("He will be sworn in at the White House on Sunday, as the Constitution requires, and again before crowds on Monday.",
     "2012-01-16", None, [("Sunday", "DATE", "2012-01-22"), ("Monday", "DATE", "2012-01-23")]),
    # a weekday after ", and" that is its clause's subject is no second of a pair
    ("His body will lie in state for three days from Wednesday, and Sunday has been declared a national day of prayer.",
     "2013-12-06", None, [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "2013-12-11"), ("Sunday", "DATE", "2013-12-08")]),
    # a range from midnight to a morning hour ends on the day the midnight begins
    ("A curfew remains in force in Kyiv from midnight to 5 a.m.", "2023-05-03", "Europe/Kyiv",
     [("midnight", "TIME", "2023-05-03T24:00"), ("5 a.m.", "TIME", "2023-05-04T05:00")]),
    # "nearly" before a clock is about that time, in the extent like "about"
    ("The news conference ended at nearly 11 p.m.", "2014-02-20", None, [("nearly 11 p.m.", "TIME", "2014-02-20T23:00", "APPROX")]),
    # what is agreed to be done later lies ahead, however long the object; a clause of its own between does not
    ("Thermo Electron agreed to purchase Milton Roy's liquid-chromatography line for $22 million in February.", "1989-10-30",
     None, [("February", "DATE", "1990-02")]),
    ("Bank of America agreed to pay about $50 billion for Merrill after talks that began on Saturday.", "2008-09-15", None,
     [("Saturday", "DATE", "2008-09-13")]),
    # what was told, in the present after "that", is to come
    ("Residents were reminded that daylight saving ends at 3am AEDT on Sunday.", "2022-03-31", "Australia/Sydney",
     [("3am AEDT", "TIME", "2022-04-03T03:00"), ("Sunday", "DATE", "2022-04-03")]),
    # the day of a briefing is the report's, not the day a later clock is on
    ("The minister will hold consultations in Moscow on Thursday, the ministry's spokesman told a briefing on Tuesday. "
     "The talks will begin at 11:00 Moscow time.", "2023-02-14", "Europe/Moscow",
     [("Thursday", "DATE", "2023-02-16"), ("Tuesday", "DATE", "2023-02-14"), ("11:00 Moscow time", "TIME", "2023-02-16T11:00")]),
    # the past of a place told in a relative clause is background: a later clock is not on its day
    ("Police were still surrounding the university on Monday morning, where a siege began on Nov. 17. The index was up "
     "1.5% at noon.", "2019-11-25", "Asia/Hong_Kong",
     [("Monday morning", "TIME", "2019-11-25TMO"), ("Nov. 17", "DATE", "2019-11-17"), ("noon", "TIME", "2019-11-25T12:00")]),
    # "results showed on Monday" is the report's day: the polls' hours are the election's
    ("The camp won district council elections on Sunday, results showed on Monday. Turnout was a record, with voters "
     "queueing at polling stations, which were open from 7:30 a.m. to 10:30 p.m.", "2019-11-25", "Asia/Hong_Kong",
     [("Sunday", "DATE", "2019-11-24"), ("Monday", "DATE", "2019-11-25"), ("7:30 a.m.", "TIME", "2019-11-24T07:30"),
      ("10:30 p.m.", "TIME", "2019-11-24T22:30")]),
    # a present verb that opens its clause after an aside looks ahead
    ("The last polls, in Alaska, close at 1 a.m. ET on Wednesday.", "2024-11-05", "America/New_York",
     [("1 a.m. ET", "TIME", "2024-11-06T01:00"), ("Wednesday", "DATE", "2024-11-06")]),
    # the day a clock fell on (a curfew's morning end) is no day ahead a later clock is on
    ("KYIV, March 3 - The city said a curfew would run from 8 p.m. to 7 a.m. Kyiv time. Officials reported explosions near "
     "the station on Wednesday. The next train to Lviv was due to leave at 15:40, a railway spokesman said.", "2022-03-03",
     "Europe/Kyiv", [("March 3", "DATE", "2022-03-03"), ("8 p.m.", "TIME", "2022-03-03T20:00"),
                     ("7 a.m. Kyiv time", "TIME", "2022-03-04T07:00"), ("Wednesday", "DATE", "2022-03-02"),
                     ("15:40", "TIME", "2022-03-03T15:40")]),
    # holidays: fixed ones like a month-day, movable ones computed for the year the tense points to
    ("The city announced a concert on Palace Square on Russia Day.", "2024-06-07", "Europe/Moscow", [("Russia Day", "DATE", "2024-06-12")]),
    ("Guests will attend a reception on the eve of Defender of the Fatherland Day.", "2023-02-14", "Europe/Moscow",
     [("Defender of the Fatherland Day", "DATE", "2023-02-23")]),
    ("The stock market will be shut for Liberation Day.", "2024-08-05", "Asia/Seoul", [("Liberation Day", "DATE", "2024-08-15")]),
    ("Rome's museums will be closed for Liberation Day.", "2024-04-20", "Europe/Rome", [("Liberation Day", "DATE", "2024-04-25")]),
    # "Easter" in a document of an Orthodox country is the Orthodox one
    ("Orthodox churches will hold services without blackouts on Easter.", "2023-04-03", "Europe/Kyiv", [("Easter", "DATE", "2023-04-16")]),
    ("Orthodox churches will hold services without blackouts on Easter.", "2023-04-03", "Europe/Paris", [("Easter", "DATE", "2023-04-09")]),
    ("Churches will hold services without blackouts on Easter.", "2023-04-03", "Europe/Kyiv", [("Easter", "DATE", "2023-04-09")]),
    ("The launch came a day before the Dragon Boat Festival.", "2013-06-11", "Asia/Shanghai",
     [("a day", "DURATION", "P1D"), ("the Dragon Boat Festival", "DATE", "2013-06-12")]),
    ("The holiday combines the Mid-Autumn Festival and National Day.", "2012-09-24", "Asia/Shanghai",
     [("the Mid-Autumn Festival", "DATE", "2012-09-30"), ("National Day", "DATE", "2012-10-01")]),
    ("The Kremlin said the Victory Day parade would go ahead.", "2023-05-03", "Europe/Moscow", [("Victory Day", "DATE", "2023-05-09")]),
    # what is moved, put off or called off has not happened yet
    ("Boston moved its Independence Day concert and fireworks to Thursday.", "2014-07-03", "America/New_York",
     [("Independence Day", "DATE", "2014-07-04"), ("Thursday", "DATE", "2014-07-03")]),
    ("The storm forced officials to postpone the Christmas Day market.", "2014-07-03", None, [("Christmas Day", "DATE", "2014-12-25")]),
    ("NEAR slipped into orbit around Eros on Monday, Valentine's Day, becoming the first craft to circle an asteroid.",
     "2000-02-15", None, [("Monday", "DATE", "2000-02-14"), ("Valentine's Day", "DATE", "2000-02-14")]),
    ("Because Inauguration Day, Jan. 20, falls on Sunday this year, the public swearing-in was moved to the following day.",
     "2013-01-18", None, [("Inauguration Day", "DATE", "2013-01-20"), ("Sunday", "DATE", "2013-01-20"),
                          ("the following day", "DATE", "2013-01-21")]),
    ("Romney won Ohio, the biggest prize of Super Tuesday.", "2012-03-07", None, [("Super Tuesday", "DATE", "2012-03-06")]),
    ("Airlines expect a record number of travelers over the long Christmas weekend.", "1994-12-23", None,
     [("the long Christmas weekend", "DATE", "1994-W51-WE")]),
    ("Analysts said the film could cross Rs 150 crore by Sunday, helped by the Independence Day holiday on Thursday.",
     "2013-08-12", "Asia/Kolkata", [("Independence Day", "DATE", "2013-08-15"), ("Thursday", "DATE", "2013-08-15")]),
    ("Good evening. On this Christmas Eve, millions of Americans are on the road.", "1998-12-24", None,
     [("this Christmas Eve", "DATE", "1998-12-24")]),
    ("On this Easter Sunday, thousands prayed in the square.", "1999-04-04", None, [("this Easter Sunday", "DATE", "1999-04-04")]),
    ("The race was run on Patriots' Day, a Massachusetts holiday.", "2014-04-22", None, [("Patriots' Day", "DATE", "2014-04-21")]),
    ("Its Singles' Day promotion on Nov. 11 last year generated sales.", "2014-07-30", None, [("Singles' Day", "DATE", "2013-11-11")]),
    ("Tokyo markets were shut for the Coming of Age Day holiday.", "2013-01-15", "Asia/Tokyo",
     [("Coming of Age Day", "DATE", "2013-01-14")]),
    ("The candidates crisscrossed the states on Monday in a final push for votes before Election Day.", "2012-11-05", None,
     [("Election Day", "DATE", "2012-11-06")]),
    ("Roads will close until the end of the Republic Day parade on Saturday.", "2013-01-24", "Asia/Kolkata",
     [("Republic Day", "DATE", "2013-01-26")]),
    ("Beijing asked residents to limit fireworks until the Lantern Festival.", "2013-02-08", "Asia/Shanghai",
     [("the Lantern Festival", "DATE", "2013-02-24")]),
    ("A new pope should be in place before Palm Sunday.", "2013-03-14", None, [("Palm Sunday", "DATE", "2013-03-24")]),
    ("Lent began on Ash Wednesday.", "2013-03-14", None, [("Ash Wednesday", "DATE", "2013-02-13")]),
    ("The inauguration, held on the Martin Luther King Jr. holiday, drew crowds.", "2013-01-22", None,
     [("Martin Luther King Jr. holiday", "DATE", "2013-01-21")]),
    ("Parliament, which is in its Easter recess, will be recalled on Wednesday.", "2013-04-09", None,
     [("Easter", "DATE", "2013-03-31"), ("Wednesday", "DATE", "2013-04-10")]),
    ("He died on Good Friday; talks will resume after Easter.", "2022-02-12", None,
     [("Good Friday", "DATE", "2021-04-02"), ("Easter", "DATE", "2022-04-17")]),
    ("The shops were closed on Christmas Eve. Thanksgiving 2021 was quiet.", "2022-02-12", None,
     [("Christmas Eve", "DATE", "2021-12-24"), ("Thanksgiving 2021", "DATE", "2021-11-25")]),
    ("Orthodox Easter 2023 and Memorial Day 2022.", "2022-02-12", None,
     [("Orthodox Easter 2023", "DATE", "2023-04-16"), ("Memorial Day 2022", "DATE", "2022-05-30")]),
    ("Then, a week or so ago, the general picked Saturday.", "1991-02-25", None,
     [("a week or so ago", "DATE", "1991-02-18"), ("Saturday", "DATE", "1991-02-23")]),
    ("The president spoke in Boston on Friday and arrived in Philadelphia later in the day.", "1998-02-13", None,
     [("Friday", "DATE", "1998-02-13"), ("the day", "DATE", "1998-02-13")]),
    ("The plant opened on March 3, 2020. A year later it closed.", SAT, None, [("A year later", "DATE", "2021-03-03")]),
    ("They last spoke in December. In the same month they signed a deal.", SAT, None,
     [("December", "DATE", "2021-12"), ("the same month", "DATE", "2021-12")]),
    ("The politicians talked on January 31 and 28.", SAT, None,
     [("January 31", "DATE", "2022-01-31"), ("28", "DATE", "2022-01-28")]),
    # reported speech: "tomorrow" in a quote said on Friday is Saturday
    ('"The two presidents will talk tomorrow," the spokesman said on Friday.', SAT, None,
     [("tomorrow", "DATE", "2022-02-12")]),
    ("He said on Friday that talks would continue tomorrow.", SAT, None, [("tomorrow", "DATE", "2022-02-12")]),
    # clock times, parts of day, modifiers
    ("The call starts at 14:00.", SAT, "Europe/Moscow", [("14:00", "TIME", "2022-02-12T14:00")]),
    ("The rally begins at 2 p.m.", SAT, None, [("2 p.m.", "TIME", "2022-02-12T14:00")]),
    ("Troops crossed at 1400 GMT.", SAT, None, [("1400 GMT", "TIME", "2022-02-12T14:00", None, "UTC", "2022-02-12T14:00Z")]),
    ("Around midnight, the delegations resumed work.", SAT, None, [("Around midnight", "TIME", "2022-02-12T24:00", "APPROX")]),
    ("The call is expected on Saturday evening, Moscow time.", SAT, None,
     [("Saturday evening, Moscow time", "TIME", "2022-02-12TEV", None, "Europe/Moscow")]),
    ("A call is set for tomorrow late in the evening.", WED, None, [("tomorrow late in the evening", "TIME", "2021-12-30TEV", "END")]),
    ("Divers started in the early morning.", SAT, None, [("the early morning", "TIME", "2022-02-12TMO", "START")]),
    # durations and sets
    ("Macron held more than five-hour talks in the Kremlin.", SAT, None, [("more than five-hour", "DURATION", "PT5H", "MORE_THAN")]),
    ("The conversation lasted more than five hours.", SAT, None, [("more than five hours", "DURATION", "PT5H", "MORE_THAN")]),
    ("He had not met him in person for two years.", SAT, None, [("two years", "DURATION", "P2Y")]),
    ("The aim is to freeze the conflict for several months.", SAT, None, [("several months", "DURATION", "PXM")]),
    ("Citizens were told to leave in the next 24-48 hours.", SAT, None,
     [("the next 24-48 hours", "DURATION", "PT48H", "EQUAL_OR_LESS")]),
    ("The board meets every Monday.", SAT, None, [("every Monday", "SET", "XXXX-WXX-1")]),
    ("The magazine appears weekly.", SAT, None, [("weekly", "SET", "P1W")]),
    ("It was the second call in less than a month.", SAT, None, [("less than a month", "DURATION", "P1M", "LESS_THAN")]),
    # zones
    ("The call is due at about noon Paris time (14:00 Moscow time).", SAT, None,
     [("about noon Paris time", "TIME", "2022-02-12T12:00", "APPROX", "Europe/Paris", "2022-02-12T11:00Z"),
      ("14:00 Moscow time", "TIME", "2022-02-12T14:00", None, "Europe/Moscow", "2022-02-12T11:00Z")]),
    ("The blast happened at 10:30 MSK.", SAT, None, [("10:30 MSK", "TIME", "2022-02-12T10:30", None, "Europe/Moscow", "2022-02-12T07:30Z")]),
    ("Voting closes at 20:00 CET.", SAT, None, [("20:00 CET", "TIME", "2022-02-12T20:00", None, "Europe/Paris", "2022-02-12T19:00Z")]),
    ("The strike began at 03:00 GMT+3.", SAT, None, [("03:00 GMT+3", "TIME", "2022-02-12T03:00", None, "UTC+03:00", "2022-02-12T00:00Z")]),
    ("In 2012 the match began at 19:00 Moscow time.", "2012-07-01", None,
     [("19:00 Moscow time", "TIME", "2012-07-01T19:00", None, "Europe/Moscow", "2012-07-01T15:00Z")]),
    ("The quake struck at 10 a.m. local time in Kabul.", SAT, None,
     [("10 a.m. local time in Kabul", "TIME", "2022-02-12T10:00", None, "Asia/Kabul", "2022-02-12T05:30Z")]),
    ("The speech is at 7 p.m. ET (0000 GMT).", SAT, None,
     [("7 p.m. ET", "TIME", "2022-02-12T19:00", None, "America/New_York", "2022-02-13T00:00Z"),
      ("0000 GMT", "TIME", "2022-02-13T00:00", None, "UTC", "2022-02-13T00:00Z")]),
    ("The match started at 19:00 CET.", "2021-07-01", None,
     [("19:00 CET", "TIME", "2021-07-01T19:00", None, "UTC+01:00", "2021-07-01T18:00Z")]),
    ("Polling stations are open from 8 a.m. to 8 p.m. Moscow time.", SAT, None,
     [("8 a.m.", "TIME", "2022-02-12T08:00", None, "Europe/Moscow", "2022-02-12T05:00Z"),
      ("8 p.m. Moscow time", "TIME", "2022-02-12T20:00", None, "Europe/Moscow", "2022-02-12T17:00Z")]),
    ("The ceasefire takes effect at noon Kyiv time (1000 GMT) on Tuesday.", "2022-03-07", None,
     [("noon Kyiv time", "TIME", "2022-03-08T12:00", None, "Europe/Kyiv", "2022-03-08T10:00Z"),
      ("1000 GMT", "TIME", "2022-03-08T10:00", None, "UTC", "2022-03-08T10:00Z")]),
    ("The curfew starts at 6 p.m. (1500 GMT) on Friday.", "2022-02-24", "Europe/Moscow",
     [("6 p.m.", "TIME", "2022-02-25T18:00", None, "Europe/Moscow", "2022-02-25T15:00Z")]),
    ("The quake struck Kabul at 10 a.m. local time on Monday.", SAT, None,
     [("10 a.m. local time", "TIME", "2022-02-07T10:00", None, "Asia/Kabul", "2022-02-07T05:30Z"),
      ("Monday", "DATE", "2022-02-07")]),
    ("Explosions were heard in Kyiv shortly before 5 a.m. local time.", SAT, "Europe/Moscow",
     [("5 a.m. local time", "TIME", "2022-02-12T05:00", None, "Europe/Kyiv", "2022-02-12T03:00Z")]),
    ("The filing was stamped 2022-02-12 14:00 +0300 by the court.", SAT, None,
     [("2022-02-12 14:00 +0300", "TIME", "2022-02-12T14:00", None, "UTC+03:00", "2022-02-12T11:00Z")]),
    ("The storm hit at 3 p.m. local time in Paris, Texas.", SAT, None,
     [("3 p.m. local time in Paris, Texas", "TIME", "2022-02-12T15:00", None, "America/Chicago", "2022-02-12T21:00Z")]),
    ("Kickoff is at 7 p.m. Moscow, Idaho time.", SAT, None,
     [("7 p.m. Moscow, Idaho time", "TIME", "2022-02-12T19:00", None, "America/Los_Angeles", "2022-02-13T03:00Z")]),
    ("The storm hit Paris at 3 p.m. local time, officials said.", SAT, None,
     [("3 p.m. local time", "TIME", "2022-02-12T15:00", None, "Europe/Paris", "2022-02-12T14:00Z")]),
    ("The strike came at 0400 Zulu.", SAT, None, [("0400 Zulu", "TIME", "2022-02-12T04:00", None, "UTC", "2022-02-12T04:00Z")]),
    ("The blast hit at 9 a.m. Nagpur time.", SAT, None,
     [("9 a.m. Nagpur time", "TIME", "2022-02-12T09:00", None, "Asia/Kolkata", "2022-02-12T03:30Z")]),
    ("Published 08:16 IST, February 12th 2022", SAT, None,
     [("08:16 IST, February 12th 2022", "TIME", "2022-02-12T08:16", None, "Asia/Kolkata", "2022-02-12T02:46Z")]),
]


def _find(doc: newstime.Document, text: str) -> newstime.Mention:
    for m in doc.mentions:
        if m.text.lower() == text.lower():
            return m
    raise AssertionError(f"no mention {text!r}; found {[(m.text, m.value) for m in doc.mentions]}")


@pytest.mark.parametrize("text,anchor,tz,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_understands(text: str, anchor: str, tz: str | None, expected: list[tuple[str | None, ...]]) -> None:
    doc = newstime.resolve(text, anchor=anchor, tz=tz)
    for exp in expected:
        assert exp[0] is not None
        m = _find(doc, exp[0])
        assert (m.type, m.value) == (exp[1], exp[2]), (m.text, m.type, m.value, m.rule, m.explain)
        if len(exp) > 3 and exp[3] is not None:
            assert m.mod == exp[3], (m.text, m.mod)
        if len(exp) > 4:
            assert m.tz == exp[4], (m.text, m.tz)
        if len(exp) > 5:
            assert m.interval is not None
            assert m.interval.start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ") == exp[5]


def test_no_duplicate_cases() -> None:
    keys = [(c[0], c[1], c[2]) for c in CASES]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("text,extent,value,quant,freq", [
    ("The board meets twice a year.", "twice a year", "P1Y", None, "2X"),
    ("The pills are taken three times a day.", "three times a day", "P1D", None, "3X"),
    ("The fee is paid every three months.", "every three months", "P3M", "EACH", None),
    ("Every summer, the town floods.", "Every summer", "XXXX-SU", "EACH", None),
    ("The magazine is published each month.", "each month", "P1M", "EACH", None),
    ("He visits every Tuesday.", "every Tuesday", "XXXX-WXX-2", "EACH", None),
    ("The drug is taken twice daily.", "twice daily", "P1D", None, "2X"),
    ("Trains run three times weekly.", "three times weekly", "P1W", None, "3X"),
])
def test_sets_carry_quant_and_freq(text: str, extent: str, value: str, quant: str | None, freq: str | None) -> None:
    doc = newstime.resolve(text, anchor="1998-08-07")
    m = _find(doc, extent)
    assert m.type == "SET" and m.value == value and m.recurrence is not None, m
    assert (m.recurrence.quant, m.recurrence.freq) == (quant, freq), m.recurrence


@pytest.mark.parametrize("text,length", [
    ("He ran the mile in 3:45 on Monday.", "3:45"),
    ("She won with a time of 2:05 last year.", "2:05"),
    ("The ratio was 3:45 in Friday's vote.", "3:45"),
])
def test_lengths_and_ratios_are_not_clock_times(text: str, length: str) -> None:
    """A bare H:MM with no clock cue (no "at", no a.m./p.m., no zone) reads as a length or a ratio."""
    doc = newstime.resolve(text, anchor="2019-03-01")
    assert all(length not in m.text for m in doc.mentions), doc.mentions
    assert doc.mentions, "the date in the sentence is still found"


@pytest.mark.parametrize("tz,value,flag,conf", [
    (None, "2022-03-04", "date-order-month-first", 0.6),
    ("America/Chicago", "2022-03-04", "date-order-month-first", 0.85),
    ("Europe/London", "2022-04-03", "date-order-day-first", 0.85),
    ("Asia/Kolkata", "2022-04-03", "date-order-day-first", 0.85),
])
def test_numeric_date_order_follows_the_document_zone(tz: str | None, value: str, flag: str, conf: float) -> None:
    """ "3/4/2022" is March 4 in a US text and April 3 elsewhere; with no zone it stays month first, less sure."""
    m = newstime.resolve("The deal was signed on 3/4/2022.", anchor="2022-05-01", tz=tz).mentions[0]
    assert (m.value, flag in m.flags, m.confidence) == (value, True, conf)


@pytest.mark.parametrize("text,value", [("Signed on 17/12/2021.", "2021-12-17"), ("Signed on 12/17/2021.", "2021-12-17"),
                                        ("Signed on 4/4/2022.", "2022-04-04")])
def test_numeric_dates_that_only_one_order_allows(text: str, value: str) -> None:
    m = newstime.resolve(text, anchor="2022-05-01", tz="Europe/London").mentions[0]
    assert m.value == value and not any(f.startswith("date-order") for f in m.flags)


@pytest.mark.parametrize("text,value,tz,offset_minutes", [
    ("Posted 2022-02-12T10:00+05:30 by the desk.", "2022-02-12T10:00", "UTC+05:30", 330),
    ("Logged at 2022-02-12T10:00:00.250Z.", "2022-02-12T10:00:00", "UTC", 0),
])
def test_iso_date_times_keep_their_offset(text: str, value: str, tz: str, offset_minutes: int) -> None:
    m = newstime.resolve(text, anchor="2022-02-12", tz="Europe/Moscow").mentions[0]
    assert (m.value, m.tz) == (value, tz)
    assert m.interval is not None
    offset = m.interval.start.utcoffset()
    assert offset is not None and offset.total_seconds() == 60 * offset_minutes


@pytest.mark.parametrize("text,value", [("Results for FY2023 were strong.", "2023"), ("FY 99 sales fell.", "1999"),
                                        ("FY23 guidance was cut.", "2023"), ("The results for Q2 FY2023 were strong.", "2023-Q2"),
                                        ("Sales rose in the fiscal first quarter.", "2022-Q1"),
                                        ("The fourth quarter of fiscal 2021 was weak.", "2021-Q4")])
def test_fiscal_year_codes(text: str, value: str) -> None:
    m = newstime.resolve(text, anchor="2022-05-01").mentions[0]
    assert m.value == value and "fiscal-year" in m.flags and m.confidence <= 0.6


@pytest.mark.parametrize("text,tz,extent,value,start,end", [
    # India: April to March, named by the year it ends in
    ("Infosys posted its Q3FY23 results.", "Asia/Kolkata", "Q3FY23", "2023-Q3", "2022-10-01", "2023-01-01"),
    ("Net profit in Q3 FY23 rose 12 per cent.", "Asia/Kolkata", "Q3 FY23", "2023-Q3", "2022-10-01", "2023-01-01"),
    ("Revenue for FY23 was Rs 1.2 lakh crore.", "Asia/Kolkata", "FY23", "2023", "2022-04-01", "2023-04-01"),
    ("Margins improved in H1FY24.", "Asia/Kolkata", "H1FY24", "2024-H1", "2023-04-01", "2023-10-01"),
    ("Exports grew in the financial year 2022-23.", "Asia/Kolkata", "the financial year 2022-23", "2022", "2022-04-01", "2023-04-01"),
    ("The budget for FY2022-23 was passed.", "Asia/Kolkata", "FY2022-23", "2022", "2022-04-01", "2023-04-01"),
    # Australia, Pakistan: July to June
    ("Profit for FY23 rose.", "Australia/Sydney", "FY23", "2023", "2022-07-01", "2023-07-01"),
    ("The deficit in fiscal 2023 widened.", "Asia/Karachi", "fiscal 2023", "2023", "2022-07-01", "2023-07-01"),
    # no known calendar: the calendar year stands in, less sure
    ("Profit for FY23 rose.", "America/New_York", "FY23", "2023", "2023-01-01", "2024-01-01"),
    ("Apple's fiscal Q1 2023 revenue fell.", "America/New_York", "fiscal Q1 2023", "2023-Q1", "2023-01-01", "2023-04-01"),
])
def test_fiscal_calendar_by_document_zone(text: str, tz: str, extent: str, value: str, start: str, end: str) -> None:
    [m] = newstime.resolve(text, anchor="2023-01-12", tz=tz).mentions
    assert (m.text, m.value) == (extent, value) and "fiscal-year" in m.flags
    assert m.interval is not None
    assert (m.interval.start.date().isoformat(), m.interval.end.date().isoformat()) == (start, end)
    known = "fiscal-calendar" in m.flags
    assert known == (tz != "America/New_York") and m.confidence == (0.8 if known else 0.6)


@pytest.mark.parametrize("text,extent,first", [
    ("He scored 30 goals in the 2007-08 season.", "the 2007-08 season", 2007),
    ("Enrollment fell in the 1998-99 school year.", "the 1998-99 school year", 1998),
    ("India's growth in 2011-12 slowed.", "2011-12", 2011),
])
def test_two_years_that_meet_are_one_span(text: str, extent: str, first: int) -> None:
    m = newstime.resolve(text, anchor="2019-11-24").mentions[0]
    assert (m.text, m.value) == (extent, str(first)) and "year-span" in m.flags and m.confidence < 1
    assert m.interval is not None and (m.interval.start.year, m.interval.end.year) == (first, first + 2)


@pytest.mark.parametrize("text", ["The ratio was 2007-08.", "Scores: 2007-09 and 1998-97.", "Call 2007-08 now."])
def test_year_dash_two_digits_without_context_is_not_a_span(text: str) -> None:
    assert not [m for m in newstime.resolve(text, anchor="2019-11-24").mentions if "year-span" in m.flags]


@pytest.mark.parametrize("tz,value", [("Asia/Kolkata", "2019-08-15"), ("America/New_York", "2019-07-04"),
                                      ("Asia/Karachi", "2019-08-14"), (None, "XXXX-XX-XX"), ("Europe/Paris", "XXXX-XX-XX")])
def test_independence_day_is_the_document_countrys(tz: str | None, value: str) -> None:
    """Each country keeps its own Independence Day: the document's zone says whose; with none known it stays open."""
    m = newstime.resolve("The country celebrated Independence Day this year.", anchor="2019-08-20", tz=tz).mentions[0]
    assert m.text == "Independence Day" and m.value == value
    assert ("unresolved" in m.flags) == (value == "XXXX-XX-XX")


@pytest.mark.parametrize("text,tz,flagged", [
    ("The polls close at seven o'clock.", None, True),
    ("The meeting starts at 10:30.", "America/Chicago", True),
    ("The meeting starts at 10:30.", "Europe/Moscow", False),  # 24-hour clocks are the custom there
    ("It starts at 10:30 Moscow time.", None, False),
    ("The ceremony begins at 7:30 tonight.", None, False),  # the part of the day settles it
    ("Talks began at 9:30 a.m.", None, False),
    ("The call is at 14:00.", None, False),
])
def test_twelve_hour_clock_without_meridiem_is_flagged(text: str, tz: str | None, flagged: bool) -> None:
    m = newstime.resolve(text, anchor="2022-02-12", tz=tz).mentions[0]
    assert ("meridiem-unknown" in m.flags) == flagged, m
    assert (m.confidence <= 0.6) == flagged, m


def test_the_lunar_new_year_table_is_plausible() -> None:
    # the Chinese new year falls on the second new moon after the winter solstice: January 21 to February 20
    from newstime.data import words as W
    assert set(W.LUNAR_NEW_YEAR) == set(range(1980, 2031))
    for year, (month, day) in W.LUNAR_NEW_YEAR.items():
        assert date(year, 1, 21) <= date(year, month, day) <= date(year, 2, 20), year
    for year in range(1981, 2031):  # a lunar year is 353 to 385 days long
        a, b = (date(y, *W.LUNAR_NEW_YEAR[y]) for y in (year - 1, year))
        assert 353 <= (b - a).days <= 385, year
    # out of the table's years the day is not guessed
    m = newstime.resolve("the Spring Festival of 1950", "1950-01-05").mentions[0]
    assert m.value.startswith("XXXX") and "unresolved" in m.flags
