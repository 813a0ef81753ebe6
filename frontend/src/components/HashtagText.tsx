import { Fragment } from 'react';
import { Link } from 'react-router';
import { paths } from '../lib/paths';

interface HashtagTextProps {
  text: string;
  /** The server's own reading of the text's hashtags (Story.hashtags: lower-cased, without #). */
  hashtags: readonly string[];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Text with its `#话题` hashtags as links to the hashtag's page. Which words are hashtags is the
 * server's decision (the same rule that tags the story), so the links and the tag pages agree.
 */
export function HashtagText({ text, hashtags }: HashtagTextProps) {
  if (!hashtags.length) return <>{text}</>;
  // Longest first, so #夏天的西瓜 is not cut short by #夏天.
  const alternatives = [...hashtags].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(`([#＃](?:${alternatives})#?)`, 'giu');
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, index) => {
        if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
        const tag = part.replace(/^[#＃]|#$/gu, '').toLowerCase();
        return (
          <Link key={index} to={paths.hashtag(tag)} className="text-link hashtag">
            {part}
          </Link>
        );
      })}
    </>
  );
}
