interface CampaignCoverProps {
  url: string | null | undefined;
  /** Alt text; the campaign title. */
  title: string;
  className?: string;
}

/** The campaign's cover, or a warm gradient when the brand has not set one. */
export function CampaignCover({ url, title, className = 'campaign-cover' }: CampaignCoverProps) {
  if (url) return <img className={className} src={url} alt={title} />;
  return <div className={`${className} campaign-cover--placeholder`} aria-hidden="true" />;
}
