import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config';
import { atRestKey, SealedBox } from '../../core/crypto/sealed-box';

export interface ClaimDetails {
  recipientName: string;
  phone: string;
  address: string;
}

/**
 * Winners' postal details at rest, sealed (core/crypto/sealed-box.ts) under the at-rest key itself
 * (CLAIMS_ENCRYPTION_KEY or DATA_DIR/claims-key), as they always were.
 */
@Injectable()
export class ClaimCipher {
  private readonly box: SealedBox;

  constructor(config: AppConfig) {
    this.box = new SealedBox(atRestKey(config));
  }

  seal(details: ClaimDetails, aad: string): string {
    return this.box.seal(JSON.stringify(details), aad);
  }

  /** `aad` binds the ciphertext to its winner row: a copied value does not open elsewhere. */
  open(sealed: string, aad: string): ClaimDetails {
    return JSON.parse(this.box.open(sealed, aad)) as ClaimDetails;
  }
}
