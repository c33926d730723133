import type { SamplePublication } from './sample-types';

/**
 * The Northfield Ledger, the student newspaper of the fictional Northfield High School: the sample publication
 * seeded into an empty database. Every person, quote and local event in it is invented; the outlets it cites are
 * real, but page titles and addresses are illustrative.
 */
export const samplePublication: SamplePublication = {
  sections: [
    {
      name: 'World',
      slug: 'world',
      description: 'Explainers on national and international news, written for readers who want the background as well as the headline.',
      position: 1,
    },
    {
      name: 'Campus',
      slug: 'campus',
      description: 'News from the classrooms, hallways and board meetings of Northfield High School and its district.',
      position: 2,
    },
    {
      name: 'Opinion',
      slug: 'opinion',
      description: 'Signed columns and arguments from students, staff and readers — never the news pages’ view.',
      position: 3,
    },
    {
      name: 'Arts',
      slug: 'arts',
      description: 'Reviews and stories from Northfield’s stages, studios and concert halls.',
      position: 4,
    },
    {
      name: 'Sports',
      slug: 'sports',
      description: 'Game coverage, season previews and profiles of Heron athletes and coaches.',
      position: 5,
    },
    {
      name: 'Science',
      slug: 'science',
      description: 'Research, discovery and data, from the science fair floor to the global climate record.',
      position: 6,
    },
  ],

  tags: [
    { name: 'Budget', slug: 'budget' },
    { name: 'School Board', slug: 'school-board' },
    { name: 'Library', slug: 'library' },
    { name: 'Student Life', slug: 'student-life' },
    { name: 'Phones', slug: 'phones' },
    { name: 'Explainer', slug: 'explainer' },
    { name: 'Elections', slug: 'elections' },
    { name: 'Climate', slug: 'climate' },
    { name: 'Space', slug: 'space' },
    { name: 'Robotics', slug: 'robotics' },
    { name: 'Science Fair', slug: 'science-fair' },
    { name: 'Theatre', slug: 'theatre' },
    { name: 'Music', slug: 'music' },
    { name: 'Varsity Sports', slug: 'varsity-sports' },
  ],

  authors: [
    {
      name: 'Maya Okafor',
      slug: 'maya-okafor',
      role: 'Editor-in-Chief',
      bio: 'Maya has written for the Ledger since her first week of freshman year and now runs its newsroom. She is happiest with a spreadsheet, a deadline and a strong cup of tea.',
      classYear: 2025,
      email: 'maya.okafor@northfield-ledger.example',
    },
    {
      name: 'Daniel Reyes',
      slug: 'daniel-reyes',
      role: 'News Editor',
      bio: 'Daniel covers the Board of Education and writes the Ledger’s World explainers. He has not missed a board meeting since October 2023.',
      classYear: 2025,
      email: 'daniel.reyes@northfield-ledger.example',
    },
    {
      name: 'Priya Raman',
      slug: 'priya-raman',
      role: 'Staff Writer',
      bio: 'Priya writes about science, the environment and anything that can be turned into a chart. She is also the Ledger’s unofficial fact-checker.',
      classYear: 2026,
      email: 'priya.raman@northfield-ledger.example',
    },
    {
      name: 'Theo Lindqvist',
      slug: 'theo-lindqvist',
      role: 'Sports Editor',
      bio: 'Theo has covered every Heron varsity sport at least once and keeps the paper’s book of school records. In the spring he plays third base, badly.',
      classYear: 2026,
      email: 'theo.lindqvist@northfield-ledger.example',
    },
    {
      name: 'Juniper Hale',
      slug: 'juniper-hale',
      role: 'Arts Critic',
      bio: 'Juniper reviews theatre, music and visual art and writes an occasional opinion column. She has seen every Northfield Players production since sixth grade.',
      classYear: 2026,
      email: 'juniper.hale@northfield-ledger.example',
    },
    {
      name: 'Sam Achterberg',
      slug: 'sam-achterberg',
      role: 'Photographer',
      bio: 'Sam shoots games, concerts and portraits for the Ledger and is learning to report the stories behind the pictures.',
      classYear: 2027,
      email: 'sam.achterberg@northfield-ledger.example',
    },
    {
      name: 'Ellen Marsh',
      slug: 'ellen-marsh',
      role: 'Faculty Adviser',
      bio: 'Ellen Marsh teaches English and journalism at Northfield High School and has advised the Ledger since 2012. Before teaching, she spent nine years as a reporter at a daily newspaper.',
      email: 'ellen.marsh@northfield-ledger.example',
    },
  ],

  sources: [
    {
      name: 'BBC',
      slug: 'bbc',
      homepageUrl: 'https://www.bbc.com',
      description: 'The British Broadcasting Corporation’s international news service.',
    },
    {
      name: 'Reuters',
      slug: 'reuters',
      homepageUrl: 'https://www.reuters.com',
      description: 'International news agency headquartered in London.',
    },
    {
      name: 'NPR',
      slug: 'npr',
      homepageUrl: 'https://www.npr.org',
      description: 'National Public Radio, the U.S. nonprofit public broadcaster.',
    },
    {
      name: 'NBC News',
      slug: 'nbc-news',
      homepageUrl: 'https://www.nbcnews.com',
      description: 'The news division of the U.S. television network NBC.',
    },
    {
      name: 'Defense.gov',
      slug: 'defense-gov',
      homepageUrl: 'https://www.defense.gov',
      description: 'Official website of the U.S. Department of Defense, including budget documents and news releases.',
    },
    {
      name: 'Brookings',
      slug: 'brookings',
      homepageUrl: 'https://www.brookings.edu',
      description: 'The Brookings Institution, a public policy research organization in Washington, D.C.',
    },
    {
      name: 'NASA',
      slug: 'nasa',
      homepageUrl: 'https://www.nasa.gov',
      description: 'The U.S. space agency, including its Earth science, climate and eclipse resources.',
    },
    {
      name: 'NOAA',
      slug: 'noaa',
      homepageUrl: 'https://www.noaa.gov',
      description: 'The National Oceanic and Atmospheric Administration, home of the National Weather Service and the National Centers for Environmental Information.',
    },
    {
      name: 'Pew Research Center',
      slug: 'pew-research-center',
      homepageUrl: 'https://www.pewresearch.org',
      description: 'Nonpartisan research organization that publishes survey data on public opinion in the U.S. and around the world.',
    },
    {
      name: 'The Associated Press',
      slug: 'associated-press',
      homepageUrl: 'https://apnews.com',
      description: 'U.S.-based nonprofit news agency.',
    },
    {
      name: 'NFHS',
      slug: 'nfhs',
      homepageUrl: 'https://www.nfhs.org',
      description: 'The National Federation of State High School Associations, which writes the playing rules for most U.S. high school sports.',
    },
    {
      name: 'Northfield Public Schools',
      slug: 'northfield-public-schools',
      homepageUrl: 'https://www.northfield-schools.example',
      description: 'The district’s public documents: board agendas and minutes, budget presentations, schedules and data reports.',
    },
  ],

  volumes: [
    {
      number: 18,
      startYear: 2023,
      endYear: 2024,
      title: 'Volume XVIII',
      description: 'The 2023–24 school year, the Ledger’s eighteenth, edited by the staff of the Class of 2024.',
      issues: [
        {
          number: 7,
          coverDate: '2024-03-01',
          title: 'Shortfalls and Shadows',
          cover: {
            alt: 'The back of a packed school library during an evening board meeting, where students in the last row hold hand-lettered signs reading “Save Tutoring.”',
            caption: 'More than 60 residents came to the Feb. 12 budget presentation in the high school library.',
            palette: ['#22333b', '#c6ac8f'],
          },
          editorsNote: `This issue is about things running out: federal relief money, a basketball season and — for a few minutes on April 8 — the sunlight. Daniel Reyes and Priya Raman spent three weeks with the district’s budget documents to explain what the end of pandemic aid means for Northfield, and what the Board of Education can still change before it votes in April. If you care about after-school tutoring, the public hearing is March 11.

Elsewhere, Priya explains why 95 percent of an eclipse is not the same thing as a total one, Juniper Hale reviews the Players’ seaside *Twelfth Night*, and Theo Lindqvist says goodbye to the best girls’ basketball team in a decade. As always, tell us what we got wrong: letters@northfield-ledger.example.`,
          articles: [
            {
              title: 'School board faces $1.4 million gap as pandemic aid runs out',
              slug: 'school-board-faces-1-4-million-gap-as-pandemic-aid-runs-out',
              dek: 'With federal relief money ending this fall, Northfield’s draft budget leaves two teaching jobs unfilled and puts the library renovation on hold — and board members say harder choices may follow.',
              section: 'campus',
              authors: ['daniel-reyes', 'priya-raman'],
              tags: ['school-board', 'budget'],
              cover: {
                alt: 'Five school board members seated at a long table in the high school library, a projected slide behind them showing a bar chart with one red bar.',
                caption: 'Business Manager Mark Tillman presents the draft 2024–25 budget to the Board of Education on Feb. 12.',
                palette: ['#1d3557', '#e63946'],
              },
              body: `Northfield Public Schools expects to have about $1.4 million less to spend next year than it does this year, and the draft budget presented to the Board of Education on Feb. 12 shows where the district plans to find the difference.

Most of the gap comes from the end of federal pandemic aid. Since 2020, the district has received roughly $3.9 million from the Elementary and Secondary School Emergency Relief fund, known as ESSER, and used it to pay for tutors, summer programs and a second counselor at the high school. Districts must commit the last of that money by Sept. 30, 2024 — a deadline school officials around the country have taken to calling the “fiscal cliff.”

> “We used one-time money for things kids needed. Now we have to decide which of those things we can carry on our own.” — Mark Tillman, district business manager

## What the draft cuts

In a 40-minute presentation, Tillman walked board members through the proposal. It would:

- leave two high school teaching positions unfilled when their current teachers retire in June
- end the after-school tutoring program, saving about $210,000
- keep the second counselor by moving the position into the regular budget
- postpone the planned renovation of the library and media center for at least a year

The counselor decision drew applause from the audience. The tutoring cut drew the most pushback. Junior Amara Ndiaye told the board she has gone to tutoring twice a week since her freshman year. “I went from a D to a B-plus in chemistry,” she said. “That wasn’t magic. That was Mr. Kowalski staying until 4:30.”

Two board members asked whether the program could be scaled back instead of ended. Tillman said a smaller version, run two afternoons a week, would cost about $80,000, and promised to bring firm numbers to the next meeting.

## What happens next

The board will hold a public hearing at 7 p.m. on March 11 in the high school auditorium and is scheduled to vote on April 22. Board President Linda Haverford stressed that the document is a draft. “Nothing in here is final,” she said. “But nothing in here is pretend, either.”

Raising property taxes above the state cap would require a public vote, and no board member has proposed one. The full presentation is posted on the [district’s budget page](https://www.northfield-schools.example/budget/2024-25).`,
              citations: [
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/board/2024-02-12/draft-budget-presentation',
                  pageTitle: 'Draft 2024–25 Budget Presentation to the Board of Education',
                  accessedOn: '2024-02-13',
                },
                {
                  source: 'npr',
                  url: 'https://www.npr.org/2024/01/25/1226562101/schools-pandemic-relief-esser-fiscal-cliff',
                  pageTitle: 'Schools brace for the end of pandemic relief money',
                  accessedOn: '2024-02-14',
                },
                {
                  source: 'associated-press',
                  url: 'https://apnews.com/article/schools-pandemic-relief-esser-deadline-budget-cuts-4b1e0c7d9a2f',
                  pageTitle: 'As federal relief runs out, school districts weigh cuts to staff and programs',
                  accessedOn: '2024-02-15',
                },
              ],
            },
            {
              title: 'Northfield will miss totality by 60 miles. Here’s how to see April’s eclipse anyway.',
              slug: 'northfield-will-miss-totality-by-60-miles',
              dek: 'The April 8 total solar eclipse is the last to cross the contiguous United States until 2044. From campus it will be a deep partial eclipse — and a short drive north makes all the difference.',
              section: 'science',
              authors: ['priya-raman'],
              tags: ['space'],
              cover: {
                alt: 'A student wearing cardboard eclipse glasses looks up at a pale sky from the athletic field, holding a pinhole viewer made from a cereal box.',
                caption: 'Junior Felix Amato tests a homemade pinhole viewer during a physics class rehearsal on Feb. 20.',
                palette: ['#0b1026', '#f4a261'],
              },
              body: `On the afternoon of Monday, April 8, the moon will slide directly between Earth and the sun, and for a few minutes a strip of North America more than 100 miles wide will go dark enough to see stars. Northfield is not in that strip. By the physics department’s calculations, the edge of the path of totality passes about 60 miles north of campus.

That distance matters more than it sounds. From the school’s front steps, the moon will cover about 95 percent of the sun — impressive, but not the same thing. “Ninety-five percent sounds like almost all of it,” said physics teacher Dr. Samuel Whitford. “It isn’t. The sun is so bright that even a thin sliver keeps it daytime. Totality is a different event entirely.”

## Why it’s a big deal

A total solar eclipse happens somewhere on Earth roughly every 18 months, but most fall over oceans or remote places. According to [NASA’s eclipse guide](https://science.nasa.gov/eclipses/future-eclipses/eclipse-2024/where-when/), this one will cross Mexico, the United States from Texas to Maine, and eastern Canada. After April, the contiguous United States won’t see another total eclipse until 2044.

## How to watch safely

Looking at the sun during any partial phase can permanently damage your eyes, and that includes the 95 percent version Northfield will get. Dr. Whitford’s advice:

1. Use eclipse glasses that meet the ISO 12312-2 international safety standard. Regular sunglasses are not enough.
2. Check your glasses for scratches or holes before using them, and discard any damaged pair.
3. Never look through a camera, binoculars or a telescope without a proper solar filter on the front — even while wearing eclipse glasses.
4. No glasses? Make a pinhole projector and watch the sun’s image on the ground instead of the sun itself.

The science department has ordered 900 pairs of approved glasses, which will be handed out during advisory the week before the eclipse. Physics students are also building pinhole viewers out of cereal boxes for the district’s two elementary schools.

## Chasing the shadow

For anyone willing to travel, the drive north takes a little over an hour on a normal day, though state officials are warning of heavy traffic. Senior Maren Oduya is already planning the trip with her family. “My grandmother saw one in 1979 and still talks about it,” she said. “I don’t want to be the person who was an hour away and stayed home.”

Whether you stay or go, watch the sky, not just the calendar. Early April is often cloudy across much of the eclipse path, so check the forecast the weekend before and have a backup spot in mind.`,
              citations: [
                {
                  source: 'nasa',
                  url: 'https://science.nasa.gov/eclipses/future-eclipses/eclipse-2024/where-when/',
                  pageTitle: '2024 Total Eclipse: Where & When',
                  accessedOn: '2024-02-19',
                },
                {
                  source: 'nasa',
                  url: 'https://science.nasa.gov/eclipses/safety/',
                  pageTitle: 'Eclipse Viewing Safety',
                  accessedOn: '2024-02-19',
                },
                {
                  source: 'noaa',
                  url: 'https://www.noaa.gov/news/what-will-weather-be-like-for-april-8-total-solar-eclipse',
                  pageTitle: 'What will the weather be like for the April 8 total solar eclipse?',
                  accessedOn: '2024-02-22',
                },
              ],
            },
            {
              title: 'Review: A seaside ‘Twelfth Night’ that floats when it stops trying so hard',
              slug: 'review-a-seaside-twelfth-night',
              dek: 'The Northfield Players move Shakespeare’s comedy of shipwrecks and mistaken identity to a 1960s English beach resort. The concept is charming; the best moments are the quiet ones.',
              section: 'arts',
              authors: ['juniper-hale'],
              tags: ['theatre'],
              cover: {
                alt: 'On a stage painted with pastel beach huts, an actor in bright yellow swimming trunks and a striped blazer bows to a woman in a sundress who is trying not to laugh.',
                caption: 'Owen Tadesse as Malvolio and Grace Liu as Olivia in the Northfield Players’ “Twelfth Night,” Feb. 16.',
                palette: ['#2a9d8f', '#f6d55c'],
              },
              body: `There is a moment late in the Northfield Players’ *Twelfth Night* when nothing much happens. Viola, disguised as a young man named Cesario, sits at the end of a wooden pier beside Duke Orsino, the man she is secretly in love with, and the two of them listen to a song. Nobody mugs. Nobody falls into the painted sea. It is the best two minutes of the show.

Director Jonah Feld, who teaches English and has run the Players since 2016, has moved Shakespeare’s comedy from the fictional land of Illyria to a fading English seaside resort in 1964, complete with striped deck chairs, a bandstand and a jukebox that plays between scenes. The concept mostly works. A story about people washing up on a strange shore and pretending to be someone else fits a holiday town, where everybody is a little bit in costume.

## The cast

Senior Rosalind Cho carries the evening as Viola. She is funny without pushing, and her disguise — slicked-back hair, an oversized school blazer — is convincing enough that Olivia’s sudden crush makes sense. Grace Liu gives Olivia a sharp, bored wit that turns giddy in the second act, and the two share the production’s funniest scene, a stiff conversation across a café table that keeps collapsing into silence.

Junior Owen Tadesse has the showiest role as Malvolio, Olivia’s pompous steward, and the famous yellow-stockings scene becomes a parade in yellow swimming trunks. It brought down the house on opening night. But Tadesse is even better afterward, when the joke turns cruel and he plays Malvolio’s humiliation straight. The audience stopped laughing, which I suspect was the point.

## What doesn’t land

The first half hour drags. The shipwreck, staged with a billowing sheet of blue silk, is lovely to look at but goes on too long, and several early scenes are played so broadly that the jokes get lost in the shouting. The jukebox interludes also wear thin well before intermission.

Those are fixable problems, and by the second act the cast seems to trust the material more. When it does, this *Twelfth Night* is warm, sad and very funny — often in the same scene.

A recording of the Feb. 17 performance streams on the Players’ website through March 15. Running time: 2 hours and 20 minutes, with one intermission.`,
              citations: [
                {
                  source: 'bbc',
                  url: 'https://www.bbc.co.uk/bitesize/guides/zq9pv9q/revision/1',
                  pageTitle: 'Twelfth Night: Plot summary',
                  accessedOn: '2024-02-18',
                },
                {
                  source: 'bbc',
                  url: 'https://www.bbc.com/culture/article/20230721-the-rise-and-fall-of-the-british-seaside-holiday',
                  pageTitle: 'The rise and fall of the British seaside holiday',
                  accessedOn: '2024-02-19',
                },
              ],
            },
            {
              title: 'Girls’ basketball’s best season in a decade ends in regional semifinal',
              slug: 'girls-basketballs-best-season-in-a-decade-ends-in-regional-semifinal',
              dek: 'The Herons went 19–6 and won their first league title since 2014 before top-seeded Eastbrook pulled away late, 52–47.',
              section: 'sports',
              authors: ['theo-lindqvist'],
              tags: ['varsity-sports'],
              cover: {
                alt: 'A Northfield guard in a navy jersey drives past a defender in white toward the basket while the crowd in the bleachers behind her rises to its feet.',
                caption: 'Senior guard Kendra Boateng drives the lane in the second quarter against Eastbrook on Feb. 27.',
                palette: ['#14213d', '#fca311'],
              },
              body: `For three quarters on Tuesday night, Northfield looked like the better team. Then Eastbrook’s full-court press arrived, and the best season the Herons have had in a decade ended with a 52–47 loss in the regional semifinal.

Northfield led 38–33 after three quarters behind 17 points from senior guard Kendra Boateng. But Eastbrook, the region’s top seed, forced six turnovers in the first five minutes of the fourth quarter and took the lead for good on a corner three with 3:12 left.

> “They took our legs away. That’s what good teams do. I told the girls in the locker room I wouldn’t trade this group for anybody.” — Head coach Dana Pruitt

## A season to remember

The loss shouldn’t overshadow what came before it. The Herons finished 19–6, won the Valley League outright for the first time since 2014, and beat Eastbrook once during the regular season, 44–41, in January.

By the numbers:

- **1,000:** career points for Boateng, reached Jan. 19 against Millbrook — the first Northfield player to get there since 2011
- **9.4:** rebounds per game for sophomore center Lucy Arquette, best in the league
- **11:** straight wins between Dec. 15 and Feb. 2, a school record
- **19:** wins, the most since the 2013–14 team went 21–4

Boateng, who will play at a Division III college next fall, finished with 1,187 career points. “I’ll miss this gym,” she said. “I won’t miss the press.”

## Looking ahead

Four of five starters return next season, including Arquette and junior point guard Tess Whitlow. Pruitt said the off-season focus will be conditioning and handling pressure — lessons learned the hard way on Tuesday.

One change Pruitt would welcome is a shot clock. The National Federation of State High School Associations has allowed states to adopt a 35-second clock since the 2022–23 season, but the state association has not. “Teams stall against us in the fourth quarter all the time,” Pruitt said. “A clock would reward playing basketball.”`,
              citations: [
                {
                  source: 'nfhs',
                  url: 'https://www.nfhs.org/articles/35-second-shot-clock-approved-for-high-school-basketball-beginning-in-2022-23/',
                  pageTitle: '35-second shot clock approved for high school basketball beginning in 2022–23',
                  accessedOn: '2024-02-28',
                },
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/athletics/girls-basketball/2023-24-results',
                  pageTitle: 'Herons Girls’ Basketball: 2023–24 Schedule and Results',
                  accessedOn: '2024-02-28',
                },
              ],
            },
          ],
        },
        {
          number: 8,
          coverDate: '2024-05-01',
          title: 'Show Your Work',
          cover: {
            alt: 'A student at a library table surrounded by printed reports and sticky notes, highlighting a line in a thick bound budget document.',
            caption: 'News editor Daniel Reyes works through the Pentagon’s budget request for this issue’s explainer.',
            palette: ['#283618', '#dda15e'],
          },
          editorsNote: `Our adviser, Ms. Marsh, has a phrase she has written in the margins of roughly a thousand Ledger drafts: *show your work.* Where did this number come from? Who said that? How do you know? In this issue she explains why, starting next fall, every story we publish online will end with a list of its sources — and this issue is our practice run. Daniel Reyes and I read the Defense Department’s budget request so you don’t have to, and our explainer lists exactly what we read.

This is also our last issue of the year. Thank you to the Class of 2024 staffers who built this paper, to everyone who wrote us a letter, and to the three science fair qualifiers in these pages, who showed their work better than any of us. See you in September.`,
          articles: [
            {
              title: 'Explainer: Where the Pentagon’s $850 billion request would go',
              slug: 'explainer-where-the-pentagons-850-billion-request-would-go',
              dek: 'The Defense Department has asked Congress for about $850 billion for next year. Here’s what that money pays for, who decides how much is spent, and why the number is harder to read than it looks.',
              section: 'world',
              authors: ['daniel-reyes', 'maya-okafor'],
              tags: ['explainer', 'budget'],
              cover: {
                alt: 'The Pentagon seen from the air on a clear day, its five concentric rings of offices surrounded by parking lots and highways.',
                caption: 'The Pentagon, headquarters of the U.S. Department of Defense, in Arlington, Virginia.',
                palette: ['#3d405b', '#81b29a'],
              },
              body: `In March, the Department of Defense sent Congress its budget request for the 2025 fiscal year, which begins Oct. 1: $849.8 billion. Add nuclear weapons programs run by the Energy Department and other defense-related spending, and the request for national defense comes to about $895 billion.

Numbers that large are hard to picture. Here is what they mean, and how they turn into actual spending.

## What the money buys

The request is divided into a handful of large accounts. The biggest is **operation and maintenance** — the day-to-day cost of running bases, training troops, and keeping ships, aircraft and vehicles working. Next is **military personnel**: pay, housing allowances and benefits for about 1.3 million active-duty service members, including a proposed 4.5 percent raise. Then come **procurement**, the purchase of new equipment, and **research and development**, which pays for weapons and technology that don’t exist yet.

## How a request becomes spending

The Pentagon’s request is only a proposal. Before any of it is spent:

1. The Armed Services committees in Congress write the National Defense Authorization Act, which sets policy and spending limits.
2. The Appropriations committees write the bills that actually provide the money.
3. Both chambers pass the final bills, and the president signs them.
4. If Congress misses the Oct. 1 deadline, it usually passes a *continuing resolution* that keeps funding at the previous year’s level.

That last step is not unusual. The defense budget for the current fiscal year was not finished until March 23, nearly six months late, when President Joe Biden signed a $1.2 trillion spending package that kept the government open, NBC News reported.

## Big, but smaller than it used to be

The United States spends more on its military than any other country — more than the next several countries combined. Global military spending also reached a record of more than $2.4 trillion in 2023, the BBC reported in April, citing new figures from the Stockholm International Peace Research Institute.

As a share of the economy, though, U.S. defense spending is near its lowest level in decades: roughly 3 percent of gross domestic product, compared with about 6 percent in the mid-1980s. Analysts at the Brookings Institution also point out that the budget is squeezed by limits from last year’s debt ceiling deal, which hold defense growth for 2025 to about 1 percent — less than inflation.

Why should a high school reader care? The fight over these numbers shapes the military that some graduates will join, and it affects what the rest of the federal budget can afford.

*Information retrieved from Defense.gov, BBC, NBC News and Brookings.*`,
              citations: [
                {
                  source: 'defense-gov',
                  url: 'https://www.defense.gov/News/Releases/Release/Article/3703410/department-of-defense-releases-the-presidents-fiscal-year-2025-defense-budget/',
                  pageTitle: 'Department of Defense Releases the President’s Fiscal Year 2025 Defense Budget',
                  accessedOn: '2024-04-02',
                },
                {
                  source: 'bbc',
                  url: 'https://www.bbc.com/news/world-68843452',
                  pageTitle: 'Global military spending hits record high',
                  accessedOn: '2024-04-23',
                },
                {
                  source: 'nbc-news',
                  url: 'https://www.nbcnews.com/politics/congress/biden-signs-spending-package-averting-shutdown-rcna144715',
                  pageTitle: 'Biden signs $1.2 trillion spending package, averting a government shutdown',
                  accessedOn: '2024-04-03',
                },
                {
                  source: 'brookings',
                  url: 'https://www.brookings.edu/articles/making-sense-of-the-2025-defense-budget-request/',
                  pageTitle: 'Making sense of the 2025 defense budget request',
                  accessedOn: '2024-04-10',
                },
              ],
            },
            {
              title: 'Board approves scaled-back library renovation; media center to move this fall',
              slug: 'board-approves-scaled-back-library-renovation',
              dek: 'A $1.6 million plan paid from the district’s capital reserve replaces 50-year-old shelving, wiring and carpet. The library will work out of the old band room from October until March.',
              section: 'campus',
              authors: ['daniel-reyes'],
              tags: ['library', 'school-board', 'budget'],
              cover: {
                alt: 'Tall gray metal shelves packed with books fill a carpeted room under fluorescent lights, several of them visibly leaning to one side.',
                caption: 'The high school library’s original 1974 shelving, which the renovation will replace.',
                palette: ['#6b705c', '#ffe8d6'],
              },
              body: `The Northfield High School library will get its first major renovation in half a century. The Board of Education voted 6–1 on April 22 to approve a $1.6 million project that replaces the room’s shelving, lighting, carpet and electrical wiring, paid for from the district’s capital reserve fund rather than next year’s operating budget.

The plan is a smaller version of a $2 million design the board put on hold in February, when the district was looking for ways to close a budget gap left by the end of federal pandemic aid. Business Manager Mark Tillman said moving the project to the capital reserve — money set aside specifically for buildings — means it won’t compete with teaching positions or programs.

## What’s included

According to the plan approved by the board, the renovation will:

- replace the original 1974 metal shelving with lower wooden shelves on wheels
- add 48 electrical outlets; the room has 11 now
- turn two storage rooms into small group-study rooms
- swap the fluorescent ceiling lights for LED fixtures
- build a small soundproof booth for recording podcasts and video projects

Cut from the earlier design: a café counter, new furniture for the reading area and a second entrance from the courtyard.

“I would have loved the café,” said library media specialist Corinne Abara, who has run the library since 2009. “But the outlets matter more. Every day I watch kids sit on the floor by the one plug that works.”

> “Students have been studying under those shelves for 50 years. I want the next 50 to be better.” — Corinne Abara, library media specialist

## The lone no vote

Board member Gerald Pastore cast the only vote against the plan, arguing that the reserve should be saved for the high school’s roof, which he called “the next emergency.” Tillman said an inspection last fall found about eight more years of life in it.

## Where the books will go

Construction is scheduled to start in October and finish in February. In the meantime, about a third of the collection — the most-borrowed books and the reference shelf — will move to the former band room on the first floor, and the rest will go into storage. Students can still request any book through the online catalog; Abara promised delivery within two school days.

The library is scheduled to reopen in March 2025.`,
              citations: [
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/board/2024-04-22/minutes',
                  pageTitle: 'Board of Education Regular Meeting Minutes, April 22, 2024',
                  accessedOn: '2024-04-24',
                },
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/facilities/nhs-library-renovation',
                  pageTitle: 'Northfield High School Library Renovation: Scope and Timeline',
                  accessedOn: '2024-04-25',
                },
              ],
            },
            {
              title: 'Salt, peels and birdsong: three Herons head to the state science fair',
              slug: 'salt-peels-and-birdsong-three-herons-head-to-the-state-science-fair',
              dek: 'Projects on road salt in Miller Creek, plastic made from potato peels and a bird-call identifier built on a $35 computer took first place in their categories at the regional fair.',
              section: 'science',
              authors: ['priya-raman', 'sam-achterberg'],
              tags: ['science-fair', 'student-life'],
              cover: {
                alt: 'A sophomore holds a glass jar of cloudy creek water up to the gym lights beside a trifold poster titled “What the Plows Leave Behind.”',
                caption: 'Sophomore Ines Carvalho with her road-salt project at the regional science fair, April 6.',
                palette: ['#264653', '#e9c46a'],
              },
              body: `Three Northfield students will compete at the state science fair on May 18 after their projects placed first in their categories at the regional fair, held April 6 in the Northfield gym. It is the most state qualifiers the school has sent in a single year since 2015.

Each project started with a question about something close to home.

### What the plows leave behind

Sophomore **Ines Carvalho** spent the winter wading into Miller Creek, which runs behind the athletic fields, to measure how much road salt washes into it. She collected 42 water samples at three spots between December and March and tested their conductivity, a stand-in for salt concentration. After the heaviest storms, readings downstream of the Route 9 bridge were more than four times higher than upstream.

To match her readings to the weather, Carvalho pulled daily snowfall and temperature records from a NOAA weather station two miles away. “The spikes line up almost perfectly with the days after a big storm,” she said. “The creek basically tells you when the plows went by.”

### Plastic from potato peels

Junior **Dev Malhotra** wondered whether cafeteria scraps could become something useful. With help from the kitchen staff, he collected potato peels for six weeks and turned their starch into thin, flexible sheets of bioplastic. His best batch, made with a little vinegar and glycerin, broke down in a compost bin in 31 days. A plastic grocery bag buried beside it showed no change.

### A listening box for birds

Senior **Hana Sato** built a weatherproof box around a small Raspberry Pi computer and a microphone, then trained it to recognize the calls of eight common backyard birds. Mounted outside the chemistry wing for a month, it logged more than 3,000 calls and named the right species about 82 percent of the time when she checked its work against her own recordings.

> “None of them ended up doing what they planned in September. That’s how real science goes — you follow the question.” — Dr. Helen Osterberg, science research teacher

Carvalho hopes to share her data with the town’s public works department before next winter. “I’m not saying stop salting the roads,” she said. “I’m saying maybe salt them a little less.”`,
              citations: [
                {
                  source: 'npr',
                  url: 'https://www.npr.org/2023/01/09/1147810411/road-salt-rivers-freshwater-salinization',
                  pageTitle: 'Road salt is making America’s rivers and lakes saltier',
                  accessedOn: '2024-03-28',
                },
                {
                  source: 'noaa',
                  url: 'https://www.ncei.noaa.gov/cdo-web/',
                  pageTitle: 'Climate Data Online: Daily Summaries',
                  accessedOn: '2024-03-15',
                },
              ],
            },
            {
              title: 'From the adviser: Starting in the fall, the Ledger will show its work',
              slug: 'from-the-adviser-starting-in-the-fall-the-ledger-will-show-its-work',
              dek: 'Every story we publish online next year will end with a list of the sources behind it. A student newspaper should hold itself to that standard — especially now.',
              section: 'opinion',
              authors: ['ellen-marsh'],
              tags: ['student-life'],
              cover: {
                alt: 'A red pen rests on a printed newspaper draft covered in handwritten margin notes, with the word “source?” circled twice near the top.',
                caption: 'A Ledger draft after a round of edits in the journalism room.',
                palette: ['#9b2226', '#f1faee'],
              },
              body: `I have advised the Ledger for twelve years, and in that time I have written one word in the margins of student drafts more than any other: *source?*

Not because students make things up. They almost never do. But a good reporter knows where every fact in a story came from, and a good newspaper tells its readers, too. For years, our print edition has closed some stories with a short line — “Information retrieved from…” — followed by the names of the outlets the writer relied on. It is a start. It is not enough.

## What will change

Beginning with Volume 19 this September, every story the Ledger publishes online will end with a list of its sources. For each one, readers will see:

- the outlet or organization, such as NOAA, the BBC or the district’s own budget documents
- the specific page or report we used, with a link when one exists
- the date our reporter read it

That last item matters more than it sounds. News pages are updated, corrected and sometimes taken down. Telling you *when* we looked is part of telling you the truth about what we saw.

## Why now

Students today get information from everywhere and, often, from nowhere in particular: a screenshot of a chart, a clip without its context, a statistic with no name attached. The [Pew Research Center has found](https://www.pewresearch.org/short-reads/2022/10/27/u-s-adults-under-30-now-trust-information-from-social-media-almost-as-much-as-from-national-news-outlets/) that adults under 30 are now almost as likely to trust information from social media as from national news organizations. I don’t think young people are gullible. I think they have rarely been shown what careful sourcing looks like.

A student newspaper is a good place to show them. Our reporters learn the craft in public, and their readers — classmates, parents, teachers — deserve to be able to check their work. A source list is not there to make a story look official. It is there to make it easy for anyone to prove us wrong.

This will make our stories a little longer and our reporters’ lives a little harder. Good. If you ever find a source that doesn’t say what we said it does, tell us. We will fix it, and we will say so.

*Ellen Marsh teaches English and journalism at Northfield High School.*`,
              citations: [
                {
                  source: 'pew-research-center',
                  url: 'https://www.pewresearch.org/short-reads/2022/10/27/u-s-adults-under-30-now-trust-information-from-social-media-almost-as-much-as-from-national-news-outlets/',
                  pageTitle: 'U.S. adults under 30 now trust information from social media almost as much as from national news outlets',
                  accessedOn: '2024-04-15',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      number: 19,
      startYear: 2024,
      endYear: 2025,
      title: 'Volume XIX',
      description: 'The 2024–25 school year, the Ledger’s nineteenth — and the first with every story’s sources listed online.',
      issues: [
        {
          number: 1,
          coverDate: '2024-09-01',
          title: 'New Year, Later Bell',
          cover: {
            alt: 'Students crowd the front steps of Northfield High School on a sunny morning beneath a hand-painted banner reading “Welcome Back, Herons.”',
            caption: 'The first day of classes, Aug. 28, began at 8:30 a.m. for the first time in the school’s history.',
            palette: ['#005f73', '#ee9b00'],
          },
          editorsNote: `Welcome to Volume 19. If this is your first Ledger: we are Northfield High School’s student newspaper, reported, edited and photographed by students. We publish an issue about every two months, and our stories go online as soon as they are ready. This year you will notice something new at the end of every story — a list of the sources behind it, with links and the dates we read them. Click through. Check us.

In this issue, I look at what the 8:30 bell changes, Juniper Hale argues that the new phone pouches can work if the school fixes a few things fast, Daniel Reyes explains the Electoral College two months before Election Day, and Theo Lindqvist previews a fall season with a new football coach and a brand-new field. Welcome back.`,
          articles: [
            {
              title: 'Later start, longer lunch: what’s different about the school day this year',
              slug: 'later-start-longer-lunch-whats-different-about-the-school-day',
              dek: 'Classes now begin at 8:30 a.m., nearly an hour later than last year. Here’s how the new schedule changes buses, lunch, practices and after-school jobs.',
              section: 'campus',
              authors: ['maya-okafor'],
              tags: ['student-life', 'school-board'],
              cover: {
                alt: 'A yellow school bus pulls up to the curb in front of the school in low morning sun, a clock above the entrance reading 8:12.',
                caption: 'Buses now arrive at 8:10 a.m., 55 minutes later than last year.',
                palette: ['#ffb703', '#023047'],
              },
              body: `When the first bell rang at 8:30 a.m. on Aug. 28, it marked the latest start in Northfield High School’s history — 55 minutes later than last year. The Board of Education approved the change last December after two years of surveys, debate and one very long public hearing.

The reason is sleep. The American Academy of Pediatrics recommends that middle and high schools start no earlier than 8:30, because teenagers’ internal clocks shift later during adolescence, making it hard to fall asleep much before 11 p.m. California became the first state to require later start times for most public high schools in 2022, and several districts near Northfield have since followed.

“We kept hearing the same thing from teachers: first period was a room full of zombies,” said Superintendent Dr. Kenneth Osei. “You can’t teach a kid who is asleep.”

## What changed

Here is the new day, compared with last year:

- **First bell:** 8:30 a.m. (was 7:35)
- **Dismissal:** 3:20 p.m. (was 2:25)
- **Lunch:** 35 minutes (was 28), with all three lunch periods moved later
- **Advisory:** Tuesdays and Thursdays instead of every day
- **Buses:** arrive at 8:10 a.m.; elementary routes now run first

## Who is worried

Not everyone is celebrating. Athletes lose nearly an hour of daylight for practices and games, and the athletic department has moved some away games to Saturdays. Cross-country coach Luis Serrano said his runners will be finishing practice in the dark by late October. “We’ll make it work,” he said. “We’ll also be buying a lot of reflective vests.”

Students with after-school jobs face a tighter squeeze. Senior Jalen Brooks works at a grocery store downtown and used to start his shift at 3. “Now I’m rushing out the door and still showing up late,” he said. His manager agreed to push his start time back, but Brooks said not every employer will.

> “Ask me in November. If I’m still waking up on my own, it was worth it.” — Mia Fontaine, sophomore

The district plans to survey students and families in January about sleep, attendance and tardiness, and to publish the results. The Ledger will report them.`,
              citations: [
                {
                  source: 'npr',
                  url: 'https://www.npr.org/2023/08/28/1196120021/school-start-times-teens-sleep-research',
                  pageTitle: 'Later school start times are spreading. Here’s what the research says',
                  accessedOn: '2024-08-20',
                },
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/schedules/2024-25-bell-schedule',
                  pageTitle: '2024–25 Bell Schedule and Transportation Changes',
                  accessedOn: '2024-08-22',
                },
              ],
            },
            {
              title: 'The phone pouches can work. Here’s what the school has to fix first.',
              slug: 'the-phone-pouches-can-work',
              dek: 'Locking phones away during the school day is a good idea with a shaky rollout. Three changes would help students buy in.',
              section: 'opinion',
              authors: ['juniper-hale'],
              tags: ['phones', 'student-life'],
              cover: {
                alt: 'A row of gray fabric phone pouches, each sealed with a round magnetic clasp, lies on a classroom desk next to an open chemistry textbook.',
                caption: 'Students lock their phones in magnetic pouches at the first bell and unlock them at dismissal.',
                palette: ['#4a4e69', '#c9ada7'],
              },
              body: `I was ready to hate the phone pouches. On the first day of school, when a teacher handed me a gray fabric sleeve and showed me how the magnet snapped shut, I pictured nine months of phantom buzzing in my pocket and no way to check it.

One week in, I have to admit something: I like lunch more. People talk. Somebody at my table brought a deck of cards. I have had more conversations with people I don’t usually sit with this week than I did in the first month of last year.

I’m not alone in noticing. A Pew Research Center survey of teachers published this spring found that most high school teachers call phone distraction a major problem in their classrooms. In another Pew survey, most teens said they often or sometimes feel peaceful when they are without their phones — even though many also admitted that going without makes them anxious.

So I want this policy to work. But the rollout has been rough, and if the administration doesn’t fix a few things quickly, students will stop seeing the pouches as a rule that protects their attention and start seeing them as a punishment.

## Three things to fix

1. **Make the medical exemption simple.** Students who use their phones to track blood sugar or other health conditions should not have to explain themselves to every substitute teacher. Give them a card and train the staff.
2. **Put unlocking stations where people actually are.** Right now there are two, both by the main office. At dismissal the line stretches down the hallway, and students who ride the late bus risk missing it.
3. **Tell families how to reach us.** Parents are nervous, especially after a lockdown drill in the very first week. A clear message about how the office will contact students in an emergency would calm a lot of people down.

None of these is expensive. All of them would show that the school heard the people the policy affects most.

The pouches are an experiment, and experiments need data and adjustments. Northfield has a real chance to get this right. It should start by listening.

*Juniper Hale is the Ledger’s arts critic. Her opinions are her own.*`,
              citations: [
                {
                  source: 'pew-research-center',
                  url: 'https://www.pewresearch.org/short-reads/2024/06/12/72-percent-of-us-high-school-teachers-say-cellphone-distraction-is-a-major-problem-in-the-classroom/',
                  pageTitle: '72% of U.S. high school teachers say cellphone distraction is a major problem in the classroom',
                  accessedOn: '2024-08-26',
                },
                {
                  source: 'pew-research-center',
                  url: 'https://www.pewresearch.org/internet/2024/03/11/how-teens-and-parents-approach-screen-time/',
                  pageTitle: 'How Teens and Parents Approach Screen Time',
                  accessedOn: '2024-08-26',
                },
              ],
            },
            {
              title: 'Explainer: How the Electoral College actually picks a president',
              slug: 'explainer-how-the-electoral-college-actually-picks-a-president',
              dek: 'On Nov. 5, Americans vote for president — but technically, they are choosing electors. Here’s how 538 people and the number 270 decide who wins.',
              section: 'world',
              authors: ['daniel-reyes'],
              tags: ['explainer', 'elections'],
              cover: {
                alt: 'A classroom map of the United States with each state shaded and labeled with its number of electoral votes, a student’s finger pointing at the Midwest.',
                caption: 'AP Government students mapped every state’s electoral votes for a class project.',
                palette: ['#1d3557', '#a8dadc'],
              },
              body: `When voters fill in a bubble for president on Nov. 5, they are not technically voting for a candidate. They are choosing a slate of electors pledged to that candidate — the people who cast the votes that actually decide the election. That system, the Electoral College, is written into the Constitution, and it works differently from almost every other election in the country.

## The basic math

There are 538 electors. Each state gets one for each of its members in the House of Representatives plus one for each of its two senators, and Washington, D.C., gets three under the 23rd Amendment. A candidate needs a majority — **270** — to win.

Because House seats are redistributed after every census, electoral votes shift too. After the 2020 census, Texas gained two electoral votes, while California, New York and Pennsylvania were among the states that lost one.

## Winner takes (almost) all

In 48 states and D.C., whoever wins the most votes statewide gets all of that state’s electors. Maine and Nebraska are the exceptions: they give two electors to the statewide winner and one to the winner of each congressional district.

This is why campaigns spend most of their time in a handful of closely divided swing states. A candidate who wins California by five million votes gets the same 54 electoral votes as one who wins it by five.

## After Election Day

The process takes longer than most people realize:

1. Nov. 5: Voters choose electors in every state.
2. Dec. 17: Electors meet in their state capitals and cast their votes.
3. Jan. 6: Congress meets in a joint session to count the votes.
4. Jan. 20: The new president is inaugurated.

In 2022, Congress passed the Electoral Count Reform Act, which makes clear that the vice president’s role in the Jan. 6 count is only ceremonial. If no candidate reaches 270, the House picks the president, with each state’s delegation casting a single vote. That last happened in 1824.

## Why people argue about it

Twice in the last 25 years — in 2000 and 2016 — the candidate who won the national popular vote lost in the Electoral College. Pew Research Center surveys have found for years that a majority of Americans would rather choose the president by popular vote, though opinion splits sharply by party.

Supporters say the system forces candidates to build support across many states instead of running up totals in big cities. Replacing it would take a constitutional amendment, or an agreement among states to award their electors to the national winner, which would only take effect once its members hold 270 electoral votes among them.`,
              citations: [
                {
                  source: 'associated-press',
                  url: 'https://apnews.com/article/electoral-college-explained-270-votes-2024-election-9f3c1a7e2b5d',
                  pageTitle: 'How the Electoral College works, and why 270 is the magic number',
                  accessedOn: '2024-08-19',
                },
                {
                  source: 'npr',
                  url: 'https://www.npr.org/2024/08/15/nx-s1-5074230/electoral-college-explained',
                  pageTitle: 'The Electoral College, explained',
                  accessedOn: '2024-08-19',
                },
                {
                  source: 'pew-research-center',
                  url: 'https://www.pewresearch.org/short-reads/2023/09/25/majority-of-americans-continue-to-favor-moving-away-from-electoral-college/',
                  pageTitle: 'Majority of Americans continue to favor moving away from Electoral College',
                  accessedOn: '2024-08-21',
                },
              ],
            },
            {
              title: 'Fall preview: A new coach, a new field and a cross-country team chasing history',
              slug: 'fall-preview-a-new-coach-a-new-field',
              dek: 'Football opens the Darnell Price era on artificial turf, girls’ soccer replaces nine starters, and cross-country may have its best shot at the state meet in 15 years.',
              section: 'sports',
              authors: ['theo-lindqvist'],
              tags: ['varsity-sports'],
              cover: {
                alt: 'Football players in white practice jerseys run sprints across bright green artificial turf, the end zone freshly painted with “Herons” in navy letters.',
                caption: 'The football team’s first practice on the new turf field, Aug. 12.',
                palette: ['#2d6a4f', '#d8f3dc'],
              },
              body: `The fall season starts with more change than any in recent memory: a new football coach, a new playing surface and a later school day that pushes every practice closer to sunset. Here’s what to watch.

### Football: the Price era begins

Darnell Price, a former assistant at Eastbrook, takes over a team that went 3–7 last year. He has installed a spread offense built around junior quarterback Caleb Warrick, who threw for 1,400 yards as a sophomore. “I don’t care about last year,” Price said at the first practice. “I care about next Friday.”

The Herons will also play on artificial turf for the first time. The $1.1 million field, paid for by a bond voters approved in 2022, should mean no more postponed games when the old grass floods. The home opener is Sept. 6 against Millbrook.

### Girls’ soccer: starting over

Last year’s team reached the league final, and nine of its starters graduated. Coach Amelia Brandt is blunt about the rebuild: “We will lose games in September that we win in October.” Keep an eye on sophomore forward Sofia Marchetti, who scored six goals off the bench as a freshman.

### Cross-country: the one to watch

The girls’ team returns its top five runners, led by junior **Nora Castellanos**, who finished 11th at sectionals last fall. Northfield hasn’t sent a full team to the state meet since 2009. “This is the year,” coach Luis Serrano said. “I don’t say that every year. Actually, I’ve never said it.”

### Volleyball: a front row that stays

Volleyball brings back its entire front row, including senior middle blocker Anya Petrov, who led the league in blocks last season.

## Beating the heat

Preseason practice opened during a heat wave, and the athletic department followed heat-safety guidance from the National Federation of State High School Associations: practices moved to early morning, football players wore helmets only for the first days, and water breaks came every 20 minutes. Athletic trainer Renee Dubois measured conditions on the field with a wet-bulb globe thermometer before every session. “Turf gets hot,” she said. “Hotter than people think.”`,
              citations: [
                {
                  source: 'nfhs',
                  url: 'https://www.nfhs.org/sports-resource-content/heat-acclimatization-and-heat-illness-prevention-position-statement/',
                  pageTitle: 'Heat Acclimatization and Heat Illness Prevention Position Statement',
                  accessedOn: '2024-08-15',
                },
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/athletics/fall-2024',
                  pageTitle: 'Herons Athletics: Fall 2024 Schedules',
                  accessedOn: '2024-08-23',
                },
              ],
            },
          ],
        },
        {
          number: 2,
          coverDate: '2024-11-01',
          title: 'Built by Hand',
          cover: {
            alt: 'Two students in safety glasses bend over a half-built robot on a cluttered workbench, one tightening a bolt while the other holds a laptop showing lines of code.',
            caption: 'Heron Robotics members rebuild their robot’s arm on Oct. 22, three weeks before the team’s first qualifier.',
            palette: ['#3a0ca3', '#f72585'],
          },
          editorsNote: `Nearly everything in this issue was made by somebody’s hands: a robot arm that has broken eleven times, four hundred soup bowls waiting on a kiln shelf, a cross-country season built one muddy mile at a time. Priya Raman and Sam Achterberg spent three weeks in the robotics lab and came back with a story about the value of failing on purpose. Juniper Hale visited the ceramics studio ahead of the Empty Bowls dinner on Nov. 21 — buy a ticket.

Election Day is Nov. 5. Most of the Ledger’s staff can’t vote yet; in this issue I argue that we should show up anyway. Whatever happens, Daniel Reyes will look at what the world’s voters decided this year in our January issue.`,
          articles: [
            {
              title: 'Inside the robotics lab, where failure is on the schedule',
              slug: 'inside-the-robotics-lab-where-failure-is-on-the-schedule',
              dek: 'Heron Robotics has broken its robot’s arm eleven times since September. That, the team says, is exactly the point.',
              section: 'science',
              authors: ['priya-raman', 'sam-achterberg'],
              tags: ['robotics'],
              cover: {
                alt: 'A wheeled robot with a bright orange claw lifts a plastic block over a low wall while three students crouch behind a workbench, watching.',
                caption: 'The team’s robot lifts a game piece during a Friday test session.',
                palette: ['#ff6d00', '#240046'],
              },
              body: `At 3:25 on a Friday afternoon, five minutes after dismissal, room 114 already smells like hot solder. By 3:40, the robot — an aluminum frame about the size of a carry-on suitcase, with an orange claw on a telescoping arm — has rammed a wall, dropped its game piece and snapped a drive chain.

Nobody seems upset. Junior captain **Aaliyah Okonkwo** writes “break #11” on the whiteboard and circles it. “We keep count,” she said. “Every break tells us something the design didn’t.”

## Breaking it on purpose

Heron Robotics has 22 members this year, its largest roster since the team was founded in 2016. Every Friday it holds what members call *break day*, pushing the robot harder than any match will: driving it at full speed into walls, lifting more weight than the rules allow, running it until the batteries die.

The idea comes from physics teacher and team adviser Raj Menon, who worked as a test engineer before he taught. “Engineers at places like NASA spend years trying to break things before launch, because failing on the ground is cheap,” he said. “Failing at a tournament in front of 30 teams is expensive.” NASA itself has long supported student robotics teams through its Robotics Alliance Project.

> “In class, a mistake costs you points. In here, a mistake is information.” — Raj Menon, Heron Robotics adviser

## Who builds it

Fourteen of the team’s 22 members are girls — unusual in fields where, as the Pew Research Center has documented, women remain underrepresented, especially in engineering and computing jobs. Okonkwo said that happened on purpose: two years ago, the team started recruiting in ninth-grade science classes instead of waiting for students to find it.

The team works in three groups:

- **Mechanical** designs and builds the frame, arm and drivetrain.
- **Programming** writes the code for both driver control and the autonomous period.
- **Outreach** raises money, runs workshops at the middle school and documents the season.

This season’s budget is about $8,000, most of it from a local machine shop, a parent-run car wash and a grant from a regional engineering society. Parts are the biggest cost; a single motor can run $50.

## What’s next

The team’s first qualifying tournament is Nov. 16. Sophomore programmer Ethan Zhao is still rewriting the code for the 30-second autonomous period, when the robot has to move on its own. On the last break day, it drove a perfect square — and then kept going, out the door and into the hallway.

“That’s break number twelve,” Okonkwo said.`,
              citations: [
                {
                  source: 'nasa',
                  url: 'https://robotics.nasa.gov/',
                  pageTitle: 'NASA Robotics Alliance Project',
                  accessedOn: '2024-10-18',
                },
                {
                  source: 'pew-research-center',
                  url: 'https://www.pewresearch.org/science/2021/04/01/stem-jobs-see-uneven-progress-in-increasing-gender-racial-and-ethnic-diversity/',
                  pageTitle: 'STEM Jobs See Uneven Progress in Increasing Gender, Racial and Ethnic Diversity',
                  accessedOn: '2024-10-20',
                },
              ],
            },
            {
              title: 'Four hundred bowls and one soup night: ceramics students throw for a cause',
              slug: 'four-hundred-bowls-and-one-soup-night',
              dek: 'For the Empty Bowls dinner on Nov. 21, Northfield’s ceramics classes have spent two months making the bowls guests take home — and every dollar goes to the town food pantry.',
              section: 'arts',
              authors: ['juniper-hale'],
              tags: ['student-life'],
              cover: {
                alt: 'Shelves in a ceramics studio crowded with dozens of handmade bowls in speckled blue, rust and cream glazes, some still unfired and chalky gray.',
                caption: 'Finished and unfinished bowls fill the ceramics studio shelves in late October.',
                palette: ['#bc6c25', '#606c38'],
              },
              body: `The ceramics studio at the back of the art wing has run out of shelf space. Bowls sit on the windowsills, on top of the kiln-room cabinets and in cardboard boxes under the tables: speckled blue ones, rust-colored ones, lopsided ones with thumbprints left in on purpose. By the count taped to the door, there are 386 of them. The goal is 400.

They are for the school’s Empty Bowls dinner on Nov. 21. Guests pay $15, eat soup and bread donated by local restaurants, and take home a bowl made by a Northfield student as a reminder that somewhere, someone’s bowl is empty. Every dollar goes to the Northfield Community Food Pantry. Schools and art centers around the country hold similar dinners; Northfield’s began in 2017 with 60 bowls and a borrowed slow cooker.

## Learning to throw

Ceramics teacher Abby Thornquist builds the project into her classes. Beginners make bowls by pinching or coiling clay by hand. Advanced students throw theirs on the wheel, where a bowl can collapse in a second if its walls get too thin.

“The first ten bowls you make are bad,” Thornquist said. “That’s not an insult. That’s the curriculum.”

Senior **Marisol Vega**, who has made 41 bowls this fall, thinks about who will end up with each one. “Someone is going to eat cereal out of this for ten years,” she said, holding up a wide, shallow bowl in a pale celadon glaze. “I want it to be a good one.”

> “People come for the soup and leave with a piece of somebody’s afternoon.” — Abby Thornquist, ceramics teacher

## Why it matters

The need is real. About one in eight U.S. households had trouble affording enough food at some point in 2022, according to federal data reported by The Associated Press, and food banks across the country have described long lines as grocery prices stayed high. The Northfield pantry served 40 percent more families this September than two years ago, said its director, Paul Hennessy.

Last year’s dinner raised $5,200. Thornquist hopes to top $6,000, enough to cover about two months of the pantry’s fresh produce.

## If you go

The dinner runs from 5:30 to 7:30 p.m. on Thursday, Nov. 21, in the cafeteria. Tickets are sold at lunch and at the door. Come early: the best bowls go first.`,
              citations: [
                {
                  source: 'associated-press',
                  url: 'https://apnews.com/article/food-insecurity-usda-report-hunger-2022-3c8a1d6f4e2b',
                  pageTitle: 'More U.S. households struggled to afford food in 2022 as pandemic aid ended',
                  accessedOn: '2024-10-21',
                },
                {
                  source: 'npr',
                  url: 'https://www.npr.org/2024/09/12/nx-s1-5107815/food-banks-demand-grocery-prices',
                  pageTitle: 'Food banks say demand is still high as grocery prices stay elevated',
                  accessedOn: '2024-10-22',
                },
              ],
            },
            {
              title: 'Most of us can’t vote yet. We should show up on Election Day anyway.',
              slug: 'most-of-us-cant-vote-yet',
              dek: 'Being too young to cast a ballot isn’t the same as having no part in an election. Here are four ways to take part on Nov. 5.',
              section: 'opinion',
              authors: ['maya-okafor'],
              tags: ['elections', 'student-life'],
              cover: {
                alt: 'A hand-lettered “Vote Here” sign with an arrow is taped to the glass door of a school gymnasium, with a row of folding voting booths visible inside.',
                caption: 'The high school gym serves as the polling place for two of Northfield’s precincts.',
                palette: ['#b5179e', '#4361ee'],
              },
              body: `On Nov. 5, the Northfield High School gym will become a polling place, as it does every fall. Most of the students who walk past it on the way to class that day won’t be allowed to vote inside. I’m one of them: I turn 18 in February.

It is easy to treat that as a reason to tune out. The ads are relentless, the news is exhausting, and there is nothing we can do about it anyway. I think that’s wrong.

Young people have historically voted at lower rates than older Americans, but that gap is not fixed. Pew Research Center’s studies of verified voters show turnout among adults under 30 rose sharply in 2018 and 2020. Political scientists have also long found that voting is a habit: people who vote in their first elections tend to keep voting. Habits start early — and they can start before 18.

## Four ways to take part

1. **Pre-register if you can.** Many states let 16- and 17-year-olds pre-register, so they are added to the rolls automatically when they turn 18. Check your state’s election website; it takes about five minutes.
2. **Work the polls.** Many states allow high school students to serve as paid poll workers, and election offices have reported shortages of workers in recent years.
3. **Study the local ballot.** Three seats on the Northfield Board of Education are up this year — the board that decided our start time, our phone policy and our library. Read the candidates’ answers in the voter guide and talk about them at dinner.
4. **Go with someone who can vote.** Many of us learned what voting looks like by tagging along with a parent as little kids. This year, we can be the ones who make sure someone goes.

## The seniors who can

About 60 seniors are old enough to vote this year. If that’s you, make a plan: know your polling place, know what identification your state requires, and don’t let a first-period test be the reason you skip it. In much of the country, the polls open well before the 8:30 bell.

The election will be decided mostly by people older than us. The country it shapes is one we will live in longer than they will. That is reason enough to pay attention.`,
              citations: [
                {
                  source: 'pew-research-center',
                  url: 'https://www.pewresearch.org/politics/2021/06/30/behind-bidens-2020-victory/',
                  pageTitle: 'Behind Biden’s 2020 Victory',
                  accessedOn: '2024-10-14',
                },
                {
                  source: 'npr',
                  url: 'https://www.npr.org/2024/10/02/nx-s1-5133210/teen-poll-workers-election',
                  pageTitle: 'Too young to vote, old enough to run the polls: teens sign up as election workers',
                  accessedOn: '2024-10-15',
                },
                {
                  source: 'associated-press',
                  url: 'https://apnews.com/article/election-poll-workers-shortage-recruiting-2024-7d2e9b4f1a6c',
                  pageTitle: 'Election offices work to recruit poll workers ahead of November',
                  accessedOn: '2024-10-16',
                },
              ],
            },
            {
              title: 'Castellanos wins sectional title as Herons clinch first state meet trip since 2009',
              slug: 'castellanos-wins-sectional-title-as-herons-clinch-first-state-meet-trip',
              dek: 'Junior Nora Castellanos ran the fastest 5K by a Northfield girl in 22 years, and the team’s third-place finish sends the Herons to the state championship on Nov. 9.',
              section: 'sports',
              authors: ['theo-lindqvist', 'sam-achterberg'],
              tags: ['varsity-sports'],
              cover: {
                alt: 'A runner in a navy singlet crosses a muddy finish line with both arms raised as spectators in rain jackets cheer behind a rope.',
                caption: 'Junior Nora Castellanos wins the girls’ sectional championship in 18:41 on Oct. 26.',
                palette: ['#0077b6', '#90e0ef'],
              },
              body: `It rained for most of the sectional championship on Oct. 26, turning the course at Hollis Park into a two-mile mud slide. Nora Castellanos didn’t seem to notice.

The Northfield junior took the lead just after the first mile and won by 14 seconds in 18:41, the fastest 5-kilometer time by a Northfield girl since 2002. Behind her, the Herons packed four more runners into the top 30 to finish third as a team — good enough to qualify for the state championship on Nov. 9, the first time Northfield has sent a full team since 2009.

> “I saw the hill coming and thought, everybody else hates this more than I do.” — Nora Castellanos, junior

## How they got here

In our September preview, coach Luis Serrano said this was the year. On Saturday he said it again, standing in the mud and grinning. “I owe my runners an apology for ever doubting it,” he said.

Depth is what changed. Last season, the gap between Northfield’s first and fifth runners was more than three minutes. On Saturday it was 1:52. In cross-country, where a team’s score is the sum of its top five finishers’ places, that gap is everything.

The Herons’ scoring runners:

- Nora Castellanos, 1st, 18:41
- Priscilla Aho, 14th, 19:58
- Bea Lindgren, 19th, 20:15
- Tamsin Greer, 24th, 20:29
- Olivia Nakamura, 29th, 20:33

## Running in the dark

The later school start made the season harder. Since mid-October, practices have ended after sunset, and runners have worn reflective vests and headlamps on the roads around school. Serrano moved the hardest workouts to Saturday mornings. “We adjusted,” he said. “The kids never complained. Well — they complained. But they ran.”

Cross-country is one of the most widely offered high school sports in the country, according to participation surveys from the National Federation of State High School Associations. Serrano thinks that is part of its appeal. “All you need is shoes,” he said. “And, apparently, mud.”

The state championship starts at 10 a.m. on Nov. 9. The team bus leaves school at 5:30 a.m.`,
              citations: [
                {
                  source: 'nfhs',
                  url: 'https://www.nfhs.org/sports-resource-content/high-school-participation-survey-archive/',
                  pageTitle: 'High School Athletics Participation Survey',
                  accessedOn: '2024-10-28',
                },
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/athletics/cross-country/2024-results',
                  pageTitle: 'Herons Cross-Country: 2024 Results',
                  accessedOn: '2024-10-27',
                },
              ],
            },
          ],
        },
        {
          number: 3,
          coverDate: '2025-01-01',
          title: 'Record Year',
          cover: {
            alt: 'A line chart of Northfield’s yearly average temperature since 1950, drawn in red marker on a classroom whiteboard, climbing unevenly toward the right edge.',
            caption: 'Earth science students plot 75 years of readings from the weather station at Northfield Municipal Airport.',
            palette: ['#03045e', '#d00000'],
          },
          editorsNote: `Every December, newsrooms look back on the year. We did too, but we wanted to do it with data. Priya Raman and I spent winter break with 75 years of daily temperatures from the weather station at Northfield Municipal Airport, to see whether what scientists are saying about 2024 shows up in our own backyard. It does. Daniel Reyes looks back at the biggest election year in history, and we check in on the phone pouches four months later, with numbers from the district and our own survey of 412 students.

Happy new year, and thank you for reading. If you want to do your own digging, every source we used is listed at the end of each story — and the weather data is free for anyone to download.`,
          articles: [
            {
              title: '2024 is on track to be the warmest year on record. We checked Northfield’s thermometer.',
              slug: '2024-is-on-track-to-be-the-warmest-year-on-record',
              dek: 'Global data from NOAA points to the hottest year in its 175-year record. Seventy-five years of readings from the local weather station tell a smaller version of the same story.',
              section: 'science',
              authors: ['priya-raman', 'maya-okafor'],
              tags: ['climate', 'explainer'],
              cover: {
                alt: 'A white louvered instrument shelter stands on a mowed field beside an airport runway, with an orange windsock and a line of bare trees behind it.',
                caption: 'The weather station at Northfield Municipal Airport has recorded daily temperatures since 1949.',
                palette: ['#023e8a', '#e85d04'],
              },
              body: `The numbers won’t be final until the last days of December are counted, but scientists are already confident: 2024 will almost certainly be the warmest year since global record-keeping began in 1850. NOAA’s monthly global climate reports have had it on track to beat 2023, the previous record, for most of the fall, and NASA’s analysis shows a similar picture. NOAA has also reported that the ten warmest years in its global record have all come in the past decade.

Global records can feel abstract. So over winter break, the Ledger downloaded every daily temperature reading from the NOAA weather station at Northfield Municipal Airport, which has been recording since 1949, to see what 2024 looked like here.

## What we found

Comparing January through November 2024 with the station’s long-term records:

1. **It was warm.** The average temperature was 2.3°F above the 1991–2020 normal — the second-warmest January-to-November stretch in the station’s history, behind only 2012.
2. **Winter barely showed up.** The station logged 97 days with a low below freezing, compared with an average of 121 in the 1990s.
3. **The growing season stretched.** The last spring freeze came April 9 and the first fall freeze Oct. 27: 201 days apart, about three weeks longer than the station’s average in the 1950s.

## Weather versus climate

One station in one year is weather, not climate. A single warm winter can be an accident of the jet stream — and 2012 was warmer here than 2024. What matters is the trend. When we plotted all 75 years, the station’s yearly average rose by about 2.8°F between 1950 and 2023, and eight of its ten warmest years came after 2010.

“Students always ask me if one hot summer proves climate change,” said earth science teacher Dr. Helen Osterberg, who checked our analysis. “It doesn’t. Seventy-five summers do.”

> “The thermometer at the airport doesn’t have opinions. It just writes down a number every day, and the numbers add up.” — Dr. Helen Osterberg, earth science teacher

## How we did it

We used NOAA’s free [Climate Data Online](https://www.ncei.noaa.gov/cdo-web/) tool, which lets anyone search daily records from thousands of U.S. weather stations. We compared our results with NOAA’s published normals for the station and left out 11 days with missing data. Our spreadsheet is available from the Ledger on request — and we would love for an AP Statistics class to check our work.`,
              citations: [
                {
                  source: 'noaa',
                  url: 'https://www.ncei.noaa.gov/access/monitoring/monthly-report/global/202411',
                  pageTitle: 'Global Climate Report — November 2024',
                  accessedOn: '2024-12-16',
                },
                {
                  source: 'noaa',
                  url: 'https://www.ncei.noaa.gov/cdo-web/',
                  pageTitle: 'Climate Data Online Search',
                  accessedOn: '2024-12-21',
                },
                {
                  source: 'nasa',
                  url: 'https://climate.nasa.gov/vital-signs/global-temperature/',
                  pageTitle: 'Global Temperature — Vital Signs of the Planet',
                  accessedOn: '2024-12-18',
                },
              ],
            },
            {
              title: 'The biggest election year in history is over. Here’s what voters did with it.',
              slug: 'the-biggest-election-year-in-history-is-over',
              dek: 'In 2024, countries home to roughly half the world’s people held national elections. From Britain to South Africa, many voters had the same message for the people in charge.',
              section: 'world',
              authors: ['daniel-reyes'],
              tags: ['elections', 'explainer'],
              cover: {
                alt: 'A long line of voters waits outside a polling station in bright sun, some holding umbrellas for shade, as an election worker checks papers at the door.',
                caption: 'Lines like this one formed in dozens of countries in 2024, a year with national elections on every inhabited continent.',
                palette: ['#6a040f', '#ffba08'],
              },
              body: `By most counts, more than 60 countries held national elections in 2024, home to roughly half of the world’s population. Journalists called it the biggest election year in history, and for once the label wasn’t hype.

Looking back from January, one pattern stands out: in country after country, voters turned against the people in charge.

## A hard year to be in power

Analysts at the Pew Research Center found that governing parties lost ground in most of the major democracies that voted in 2024. A few examples:

- **United Kingdom:** The Conservative Party, in power since 2010, lost in a landslide to Labour in July, and Keir Starmer became prime minister.
- **India:** Prime Minister Narendra Modi won a third term, but his Bharatiya Janata Party lost its parliamentary majority and now governs with coalition partners.
- **South Africa:** The African National Congress, which had governed since the end of apartheid in 1994, lost its majority for the first time and formed a coalition government.
- **Japan:** The long-dominant Liberal Democratic Party and its partner lost their majority in the lower house in October.
- **United States:** Former President Donald Trump defeated Vice President Kamala Harris and will be inaugurated on Jan. 20.

## Why?

There is no single explanation, but one shows up again and again in coverage from Reuters and the BBC: prices. After the pandemic, inflation hit much of the world at once, and voters tended to blame whoever happened to be in office. Immigration, corruption and frustration with long-serving leaders mattered too, depending on the country.

The pattern had exceptions. In Mexico, voters chose Claudia Sheinbaum, the governing party’s candidate, by a wide margin, making her the country’s first woman president. And many elections were neither free nor fair. In Russia, Vladimir Putin was declared the winner of a vote in which no serious opponent was allowed to run — a reminder that an election is not the same thing as a choice.

## What it means for 2025

New governments in several of the world’s largest democracies will now spend 2025 trying to deliver on promises that were easy to make and hard to keep, like lower prices. If voters stay as impatient as they were in 2024, the next round of elections could look a lot like this one.

For senior Tomás Herrera, who follows international news for Model UN, the lesson was simpler. “I used to think elections only mattered here,” he said. “This year it felt like the whole planet was voting on the same question: Is my life getting better?”`,
              citations: [
                {
                  source: 'bbc',
                  url: 'https://www.bbc.com/news/world-67880728',
                  pageTitle: '2024: The year of elections',
                  accessedOn: '2024-12-10',
                },
                {
                  source: 'reuters',
                  url: 'https://www.reuters.com/world/year-of-elections-voters-punish-incumbents-2024-12-18/',
                  pageTitle: 'In a year of elections, voters around the world punished incumbents',
                  accessedOn: '2024-12-19',
                },
                {
                  source: 'pew-research-center',
                  url: 'https://www.pewresearch.org/short-reads/2024/12/11/global-elections-in-2024-what-we-learned-in-a-year-of-political-disruption/',
                  pageTitle: 'Global elections in 2024: What we learned in a year of political disruption',
                  accessedOn: '2024-12-17',
                },
              ],
            },
            {
              title: 'The phone pouches, four months in: fewer referrals, more broken magnets',
              slug: 'the-phone-pouches-four-months-in',
              dek: 'District data show phone-related discipline referrals fell by more than half this fall. A Ledger survey of 412 students finds most still dislike the pouches — but fewer than in September.',
              section: 'campus',
              authors: ['maya-okafor'],
              tags: ['phones', 'school-board'],
              cover: {
                alt: 'A cardboard box on the main office counter overflows with gray phone pouches, several with their magnetic clasps torn off, beside a handwritten sign reading “Broken pouches here.”',
                caption: 'The main office collects broken pouches for replacement; the district has bought 180 so far.',
                palette: ['#495057', '#e9ecef'],
              },
              body: `When the Board of Education approved locking phones in magnetic pouches during the school day, Superintendent Dr. Kenneth Osei promised the district would judge the policy by its results. Four months later, the first results are in. They are mostly what supporters hoped for, with a few surprises.

## What the district’s numbers show

According to a report presented to the board on Dec. 9:

- Phone-related discipline referrals fell from 318 in fall 2023 to 134 this fall, a 58 percent drop.
- In a district survey of 86 teachers, 79 percent said students were less distracted in class than a year ago.
- Attendance was essentially unchanged.
- The district has replaced 180 broken or lost pouches at about $25 each, roughly $4,500 so far.

The report did not try to measure grades, which Osei said would take at least a full year to compare fairly.

## What students told us

The Ledger surveyed 412 students, about 36 percent of the school, through an online form shared in advisory from Dec. 2 to Dec. 6. The survey is not scientific: students chose whether to respond.

- 58 percent said they dislike the policy, down from 71 percent in a similar Ledger survey in September.
- 64 percent said lunch is more social than it was last year.
- 47 percent said they had seen a classmate break or get around a pouch.

That last number explains the box of torn pouches on the main office counter. “A strong magnet and a little patience, and you’re out,” one sophomore told us. He asked not to be named because he didn’t want to get in trouble.

## What changed since September

Some of the complaints raised on the Ledger’s opinion page in September led to changes. In October, the administration added unlocking stations by the gym and the bus loop, and students with medical needs now carry a card instead of explaining their situation to each teacher.

> “We changed things because students told us what wasn’t working. That’s how this is supposed to go.” — Principal Rosa Delgado-Finch

Northfield is far from alone. A growing number of states passed laws in 2024 requiring or encouraging schools to limit phones during the school day, NPR has reported, and more are expected to debate the idea this spring.

The board will review the policy again in June.`,
              citations: [
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/board/2024-12-09/cellphone-policy-report',
                  pageTitle: 'Cellphone Policy: Fall Semester Report to the Board of Education',
                  accessedOn: '2024-12-10',
                },
                {
                  source: 'npr',
                  url: 'https://www.npr.org/2024/08/14/nx-s1-5061580/states-cellphone-bans-schools',
                  pageTitle: 'More states are banning cellphones in classrooms. Here’s what to know',
                  accessedOn: '2024-12-12',
                },
              ],
            },
            {
              title: 'Review: The Jazz Ensemble’s winter concert swings hardest when it slows down',
              slug: 'review-the-jazz-ensembles-winter-concert',
              dek: 'The big band’s Dec. 12 show had plenty of brass and volume. Its best moments came from a ballad, a bass solo and an original tune by a senior pianist.',
              section: 'arts',
              authors: ['juniper-hale'],
              tags: ['music'],
              cover: {
                alt: 'A student big band performs on a dimly lit stage, a row of trumpet players standing for a solo while a pianist in the foreground watches the director.',
                caption: 'The trumpet section stands during “Take the ‘A’ Train” at the winter concert on Dec. 12.',
                palette: ['#370617', '#f48c06'],
              },
              body: `The Northfield Jazz Ensemble knows how to be loud. For the first twenty minutes of its winter concert on Dec. 12, the 19-piece big band played like it had something to prove, opening with a brisk “Take the ‘A’ Train” that had the trumpets standing, the cymbals crashing and the auditorium clapping along by the second chorus.

It was fun. It was also, after a while, a lot. The band’s real strengths showed up when it turned the volume down.

## The ballad

Midway through the program, band director Teresa Vukovic introduced Thelonious Monk’s “’Round Midnight” by telling the audience it was the hardest piece the group had ever attempted. She wasn’t exaggerating. Monk’s melody twists in unexpected directions, and a big band playing it slowly has nowhere to hide.

The ensemble played it with real patience. Senior alto saxophonist **Desmond Oyelaran** took the melody with a breathy, unhurried tone, and the brass, so overpowering earlier, swelled and faded behind him like a single instrument.

## The solos

Junior bassist **Ruth Emmanuel** earned the night’s biggest ovation for a solo on Herbie Hancock’s “Cantaloupe Island” that started as a simple groove, wandered somewhere much stranger, and landed back on the beat as if it had never left. Sophomore drummer Kai Benton wisely stayed out of her way.

Not every soloist was as comfortable. Several of the trumpet solos on the faster tunes sounded memorized rather than improvised, running through the same phrases no matter what the chords underneath were doing.

## The original

The evening closed with *Kettle River, 6 a.m.*, by senior pianist **Lena Hoffmann**, who arranged it for the full band this fall. It opens with just piano and a muted trumpet, builds into a gentle Latin groove and ends almost in a whisper. It is the kind of piece that makes you want to hear what its composer writes next.

> “I wrote it on the drive to zero period last year, when it was still dark out. I wanted it to sound like the sun coming up slowly.” — Lena Hoffmann, senior

The ensemble’s next performance is at the regional jazz festival in March. If it brings the patience of this concert’s second half, it should do very well.`,
              citations: [
                {
                  source: 'npr',
                  url: 'https://www.npr.org/2015/11/29/457578498/billy-strayhorn-the-man-behind-take-the-a-train',
                  pageTitle: 'Billy Strayhorn, the quiet genius behind ‘Take the “A” Train’',
                  accessedOn: '2024-12-14',
                },
                {
                  source: 'npr',
                  url: 'https://www.npr.org/2000/04/17/1073885/round-midnight',
                  pageTitle: '“’Round Midnight”: The NPR 100',
                  accessedOn: '2024-12-14',
                },
              ],
            },
          ],
        },
        {
          number: 4,
          coverDate: '2025-03-01',
          title: 'Back in the Stacks',
          draft: true,
          cover: {
            alt: 'New pale wooden shelves on wheels stand half-filled beneath a row of tall windows, with rolling carts of books waiting in the aisle.',
            caption: 'The renovated library, photographed Feb. 20, two weeks before its scheduled reopening.',
            palette: ['#774936', '#ede0d4'],
          },
          editorsNote: `After five months in the old band room, the library is coming home. Priya Raman and Sam Achterberg got an early look at the renovated space, and Theo Lindqvist makes the case that it should stay open later than it used to.

TK: confirm the reopening date and open-house times with Ms. Abara before this issue goes live.`,
          articles: [
            {
              title: 'The library is back — with fewer shelves, more outlets and a podcast booth',
              slug: 'the-library-is-back',
              dek: 'After five months in the old band room, the renovated library reopens March 10 with new lighting, 48 outlets and study rooms students can reserve online.',
              section: 'campus',
              authors: ['priya-raman', 'sam-achterberg'],
              tags: ['library', 'student-life'],
              draft: true,
              cover: {
                alt: 'A student sits cross-legged in a small glass-walled study room, laptop plugged into a wall outlet, while a librarian shelves books outside.',
                caption: 'One of two new group-study rooms, built in what used to be storage closets.',
                palette: ['#7f5539', '#e6ccb2'],
              },
              body: `When the Northfield High School library closed in October, library media specialist Corinne Abara packed about 9,000 books into boxes and moved the 4,000 most popular into the old band room, where they spent the winter on borrowed shelves next to a pair of retired timpani. On March 10, they go home.

The renovation, approved by the Board of Education last April for $1.6 million, came in about $40,000 under budget, according to the district’s facilities office, and finished on schedule, which Abara called “a small miracle, or good planning, or both.”

## What’s new

Students who remember the old library will notice the light first. The fluorescent tubes are gone, replaced by LED fixtures, and the tall metal shelves that blocked the windows have given way to low wooden ones on wheels. The room feels about twice as big, though it is exactly the same size.

Other changes:

- **48 outlets**, up from 11, including charging strips built into the study tables
- **Two group-study rooms**, which students can reserve on the library website
- **A recording booth** for podcasts and video projects, with a microphone, headphones and a soundproofed door
- **A quiet reading corner** by the windows, furnished with armchairs from the old teachers’ lounge

## What’s gone

The collection is about 15 percent smaller. Abara weeded out outdated reference books, duplicates and titles nobody had checked out in more than a decade, and donated many of them to the town library’s book sale. The 1998 encyclopedias did not make the trip back.

> “A library isn’t a warehouse. Every book on these shelves is one somebody might actually want.” — Corinne Abara, library media specialist

Nationally, libraries have spent the last decade reinventing themselves as places to work and gather as much as places to borrow, a shift the Pew Research Center has tracked for years. Abara said Northfield’s new design follows the same idea.

The library will hold an open house during all three lunch periods on March 10. Hours remain 7:45 a.m. to 3:45 p.m. for now — a point some students hope to change.`,
              citations: [
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/facilities/nhs-library-renovation/closeout',
                  pageTitle: 'NHS Library Renovation: Project Closeout Summary',
                  accessedOn: '2025-02-19',
                },
                {
                  source: 'pew-research-center',
                  url: 'https://www.pewresearch.org/internet/2016/09/09/libraries-2016/',
                  pageTitle: 'Libraries 2016',
                  accessedOn: '2025-02-20',
                },
              ],
            },
            {
              title: 'Keep the new library open until 5. Athletes need it most.',
              slug: 'keep-the-new-library-open-until-5',
              dek: 'With the later school day, many athletes have an hour between dismissal and practice — and nowhere quiet to spend it. The renovated library should fill that gap.',
              section: 'opinion',
              authors: ['theo-lindqvist'],
              tags: ['library', 'varsity-sports'],
              draft: true,
              cover: {
                alt: 'Several students in team warm-up jackets sit on a hallway floor outside the gym, doing homework on their knees with gym bags piled beside them.',
                caption: 'Athletes waiting for practice often study in the hallway outside the gym.',
                palette: ['#1b263b', '#e0e1dd'],
              },
              body: `Every weekday at 3:20, about 200 Northfield athletes leave their last class and start waiting. Because teams share the gym and the turf field, many can’t begin practice until 4 or even 4:45. For that hour, the hallway outside the gym turns into a study hall with no chairs.

I have spent a lot of those hours on that floor. As sports editor, I have also interviewed dozens of athletes who do the same, usually with a laptop balanced on their knees and a dying battery. The later start time was the right call for sleep. But it created a problem in the afternoon that nobody has solved.

The renovated library could solve it. It now has 48 outlets, two study rooms and tables big enough to spread out on. It closes at 3:45.

## The case for 5 p.m.

Keeping the library open until 5 p.m., four days a week, would:

1. give athletes, club members and students waiting for late buses a quiet, supervised place to work
2. put the district’s new $1.6 million investment to use during the hours students actually have free
3. clear the hallway outside the gym, which custodians have to clean every evening

The cost is real but small. Using the district’s posted pay rate for library aides, the Ledger estimates the extra hours would cost about $9,000 a year — twice what the district spent replacing broken phone pouches last fall.

## An answer to the obvious objection

Some will say athletes should just use their time better. I agree. That’s the point. Right now, the best option for a lot of us is a hallway floor. Give us a table and an outlet, and watch what we do with them.

Ms. Abara says she supports the idea if the staffing is there. The Board of Education meets March 17. It should find the money.`,
              citations: [
                {
                  source: 'northfield-public-schools',
                  url: 'https://www.northfield-schools.example/hr/classified-salary-schedule-2024-25',
                  pageTitle: '2024–25 Classified Staff Salary Schedule',
                  accessedOn: '2025-02-18',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
