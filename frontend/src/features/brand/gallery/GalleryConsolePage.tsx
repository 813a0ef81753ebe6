import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { PageFallback } from '../../../components/PageFallback';
import { SKU_PATTERN } from '../../../components/Products/productRows';
import { TextField } from '../../../components/TextField';
import { notify } from '../../../lib/notices';
import { paths } from '../../../lib/paths';
import { useLocale } from '../../../lib/useLocale';
import { embedSnippet, embedUrl, FRAME_HEIGHT, GalleryConsoleDocument, jsonUrl, type GalleryLanguage, type GalleryLayout, type GalleryOptions } from './galleryConsole';

const OTHER = '__other';

/**
 * The product-page gallery for brand staff: pick a product (from the campaign's list or any SKU),
 * a layout and a language, see it live (the real /embed/gallery in a frame), and copy the snippet
 * or the JSON address. Says which stories appear and who may frame it.
 */
export function GalleryConsolePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(GalleryConsoleDocument, { variables: { id } });
  const [skuChoice, setSkuChoice] = useState('');
  const [otherSku, setOtherSku] = useState('');
  const [layout, setLayout] = useState<GalleryLayout>('grid');
  const [language, setLanguage] = useState<GalleryLanguage>(locale.startsWith('zh') ? 'zh-CN' : 'en');
  const skuId = useId();
  const snippetId = useId();
  const jsonId = useId();

  const campaign = data?.campaign;
  if (!campaign) {
    return <PageFallback loaded={!!data} error={error} onRetry={() => void refetch()} title={t('campaign.notFound')} back={{ to: paths.brandCampaigns(), label: t('brand.campaignsTitle') }} />;
  }

  const typed = otherSku.trim();
  const otherInvalid = skuChoice === OTHER && typed !== '' && !SKU_PATTERN.test(typed);
  const sku = skuChoice === OTHER ? (typed && !otherInvalid ? typed : null) : skuChoice || null;
  const options: GalleryOptions = { slug: campaign.slug, sku, layout, language };
  const origin = window.location.origin;
  const frameTitle = t('gallery.frameTitle', { lng: language });
  const snippet = embedSnippet(origin, options, frameTitle);
  const json = jsonUrl(origin, options);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      notify('success', t('gallery.copied'));
    } catch {
      notify('error', t('gallery.copyFailed'));
    }
  };

  return (
    <div className="page gallery-console">
      <p>
        <Link to={paths.brandDashboard(campaign.id)} className="text-link">
          ← {campaign.title}
        </Link>
      </p>
      <h1 className="page-title">{t('gallery.title')}</h1>
      <p className="page-intro">{t('gallery.intro')}</p>
      <p>{t('gallery.which')}</p>
      <p className="notice notice--info">{t('gallery.origins')}</p>

      <div className="split gallery-console__layout">
        <form className="form" aria-label={t('gallery.options')} onSubmit={(event) => event.preventDefault()}>
          <div className="field">
            <label htmlFor={skuId} className="field__label">
              {t('gallery.sku')}
            </label>
            <select id={skuId} className="field__control" value={skuChoice} onChange={(event) => setSkuChoice(event.target.value)}>
              <option value="">{t('gallery.skuAll')}</option>
              {campaign.products.map((product) => (
                <option key={product.sku} value={product.sku}>
                  {product.name ?? product.sku} · {product.sku}
                </option>
              ))}
              <option value={OTHER}>{t('gallery.skuOther')}</option>
            </select>
          </div>
          {skuChoice === OTHER && (
            <TextField label={t('gallery.skuOtherLabel')} value={otherSku} onChange={setOtherSku} maxLength={64} autoComplete="off" error={otherInvalid ? t('products.errorSku') : null} />
          )}
          <ChoiceGroup
            legend={t('gallery.layout')}
            name="gallery-layout"
            value={layout}
            onChange={setLayout}
            choices={[
              { value: 'grid', label: t('gallery.grid') },
              { value: 'carousel', label: t('gallery.carousel') },
            ]}
          />
          <ChoiceGroup
            legend={t('gallery.language')}
            name="gallery-language"
            value={language}
            onChange={setLanguage}
            choices={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en', label: 'English' },
            ]}
          />
          <div className="field">
            <label htmlFor={snippetId} className="field__label">
              {t('gallery.snippet')}
            </label>
            <p className="field__hint">{t('gallery.snippetHint')}</p>
            <textarea id={snippetId} className="field__control gallery-console__code" readOnly rows={4} value={snippet} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="button button--primary button--small" onClick={() => void copy(snippet)}>
              {t('gallery.copy')}
            </button>
          </div>
          <div className="field">
            <label htmlFor={jsonId} className="field__label">
              {t('gallery.json')}
            </label>
            <input id={jsonId} className="field__control gallery-console__code" readOnly value={json} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="button button--secondary button--small" onClick={() => void copy(json)}>
              {t('gallery.copyJson')}
            </button>
          </div>
        </form>
        <section className="stack gallery-console__preview" aria-label={t('gallery.preview')}>
          <h2 className="section-title">{t('gallery.preview')}</h2>
          <iframe
            // Re-created per address, so the preview always shows the options chosen.
            key={embedUrl(origin, options)}
            src={embedUrl(origin, options)}
            width="100%"
            height={FRAME_HEIGHT[layout]}
            loading="lazy"
            title={frameTitle}
            className="gallery-console__frame"
          />
        </section>
      </div>
    </div>
  );
}
