import { Module } from '@nestjs/common';
import { GalleryController } from './gallery.controller';
import { GalleryService } from './gallery.service';

/** The rights-gated product-page gallery: an embeddable page and its JSON twin. */
@Module({ controllers: [GalleryController], providers: [GalleryService] })
export class GalleryModule {}
