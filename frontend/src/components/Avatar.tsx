interface AvatarProps {
  name: string;
  url?: string | null;
  size?: 'small' | 'medium';
}

/** The person's picture, or their first letter on a warm colour picked from the name. */
export function Avatar({ name, url, size = 'small' }: AvatarProps) {
  const className = `avatar avatar--${size}`;
  if (url) return <img className={className} src={url} alt="" loading="lazy" />;
  const hue = Array.from(name).reduce((sum, char) => sum + (char.codePointAt(0) ?? 0), 0) % 60;
  return (
    <span className={className} style={{ background: `hsl(${hue + 10} 70% 86%)` }} aria-hidden="true">
      {Array.from(name.trim())[0]?.toUpperCase() ?? '?'}
    </span>
  );
}
