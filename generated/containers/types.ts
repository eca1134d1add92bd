// Generated from spec/dictionary/fields.yaml, spec/operations/office/getWalletData.yaml by `npm run generate`. Do not edit.

// Container types: the nested objects of the messages, shared by every
// operation that has them.

/**
 * Transaction reference made of a transaction identifier and the date it belongs to.
 */
export interface S10TransactionReference {
  /**
   * Transaction identifier, unique for the shop on a given day.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  s10TransactionId?: string;
  /**
   * Date of the transaction identifier.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  s10TransactionIdDate?: string;
}

/**
 * A payment mean stored in the wallet.
 */
export interface WalletPaymentMeanData {
  /**
   * Card number with most of its digits masked.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  maskedPan?: string;
  /**
   * Expiry date of the card (YYYYMM).
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   * Format: N6 (digits, at most 6).
   */
  panExpiryDate?: string;
  /**
   * Name the buyer gave the payment mean.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  paymentMeanAlias?: string;
  /**
   * Brand of the payment mean (e.g. VISA, CB).
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   * Format: ANS20 (printable ASCII characters, at most 20).
   *
   * Note: Sips documents a list of brands for this field; it is not included in this spec yet.
   */
  paymentMeanBrand?: string;
  /**
   * Other brands of a co-badged card.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   *
   * Note: A string in Worldline's Java SDK; how several brands are written in it is not documented.
   */
  paymentMeanBrandCobadgedList?: string;
  /**
   * Further data of the payment mean.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  paymentMeanData?: string;
  /**
   * Identifier of the payment mean in the wallet.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  paymentMeanId?: string;
  /**
   * Actors of the transactions made with the payment mean.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  transactionActors?: string;
}
