/**
 * Which story goes where on the front page. The issue's table of contents comes in the editors' order (position 1
 * first); "Recently published" comes newest first and may hold the same stories, which the front never prints twice.
 */

/** Stories beside the lead, each with a thumbnail: a row of three on a wide screen. */
export const SECONDARY_COUNT = 3;

export interface FrontPlan<IssueStory, RecentStory> {
  lead: IssueStory | null;
  secondary: IssueStory[];
  restOfIssue: IssueStory[];
  recent: RecentStory[];
}

export function planFront<IssueStory extends { slug: string }, RecentStory extends { slug: string }>(
  issueStories: IssueStory[],
  recentStories: RecentStory[],
  recentCount: number,
): FrontPlan<IssueStory, RecentStory> {
  const [lead = null, ...others] = issueStories;
  const onThePage = new Set(issueStories.map((story) => story.slug));
  return {
    lead,
    secondary: others.slice(0, SECONDARY_COUNT),
    restOfIssue: others.slice(SECONDARY_COUNT),
    recent: recentStories.filter((story) => !onThePage.has(story.slug)).slice(0, recentCount),
  };
}
