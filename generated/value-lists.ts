// Generated from spec/dictionary/value-lists.yaml by `npm run generate`. Do not edit.

// Every value list of the spec: a const object (one key per value, with its
// meaning), the union type of its values, the values with their meanings, and
// a type guard. Shared by all operations.

/** A value of a value list with what it means (several meanings when Sips gives one per context). */
export interface ValueDescriptor<V extends string = string> {
  readonly value: V;
  readonly meanings: readonly string[];
}

/**
 * Interface version prefixes: an interfaceVersion is one of these prefixes followed by a version number.
 *
 * Each value is a prefix of the field's values.
 *
 * - `AR_WS_2.`: Obsolete
 * - `AUT_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for the Sogenactif authentication services.
 * - `AU_WS_2.`: AU_WS: Sogenactif Office Serveur (SOAP/JSON) interface for the Sogenactif account update services.
 * - `CR_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for Cash Management functions.
 * - `DR_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for Diagnostic functions.
 * - `FR_WS_2.`: Sogenactif Office Serveur (SOAP) interface for Fraud functions.
 * - `HP_x.x`: Sogenactif Paypage and Sogenactif Walletpage (POST) interface.
 * - `IR_MB_`: Sogenactif In-App (JSON) interface for Sogenactif In-App functions.
 * - `IR_WS_`: Sogenactif Paypage and Sogenactif Office Serveur (SOAP/JSON) interface.
 * - `MR_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for mandate management.
 * - `PMR_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for payment method repository information request functions.
 * - `TR_WS_2.`: Sogenactif Office Serveur (SOAP) interface for Token functions.
 * - `WMR_WS_2.`: Sogenactif Walletpage interface (SOAP/JSON).
 * - `WR_WS_2.`: WR_WS: Sogenactif Office Serveur (SOAP/JSON) interface for Wallet functions.
 */
export const InterfaceVersionPrefix = {
  /**
   * Obsolete
   */
  AR_WS: "AR_WS_2.",
  /**
   * Sogenactif Office Serveur (SOAP/JSON) interface for the Sogenactif authentication services.
   */
  AUT_WS: "AUT_WS_2.",
  /**
   * AU_WS: Sogenactif Office Serveur (SOAP/JSON) interface for the Sogenactif account update services.
   */
  AU_WS: "AU_WS_2.",
  /**
   * Sogenactif Office Serveur (SOAP/JSON) interface for Cash Management functions.
   */
  CR_WS: "CR_WS_2.",
  /**
   * Sogenactif Office Serveur (SOAP/JSON) interface for Diagnostic functions.
   */
  DR_WS: "DR_WS_2.",
  /**
   * Sogenactif Office Serveur (SOAP) interface for Fraud functions.
   */
  FR_WS: "FR_WS_2.",
  /**
   * Sogenactif Paypage and Sogenactif Walletpage (POST) interface.
   */
  HP: "HP_x.x",
  /**
   * Sogenactif In-App (JSON) interface for Sogenactif In-App functions.
   */
  IR_MB: "IR_MB_",
  /**
   * Sogenactif Paypage and Sogenactif Office Serveur (SOAP/JSON) interface.
   */
  IR_WS: "IR_WS_",
  /**
   * Sogenactif Office Serveur (SOAP/JSON) interface for mandate management.
   */
  MR_WS: "MR_WS_2.",
  /**
   * Sogenactif Office Serveur (SOAP/JSON) interface for payment method repository information request functions.
   */
  PMR_WS: "PMR_WS_2.",
  /**
   * Sogenactif Office Serveur (SOAP) interface for Token functions.
   */
  TR_WS: "TR_WS_2.",
  /**
   * Sogenactif Walletpage interface (SOAP/JSON).
   */
  WMR_WS: "WMR_WS_2.",
  /**
   * WR_WS: Sogenactif Office Serveur (SOAP/JSON) interface for Wallet functions.
   */
  WR_WS: "WR_WS_2.",
} as const;

/**
 * Interface version prefixes: an interfaceVersion is one of these prefixes followed by a version number.
 *
 * Each value is a prefix of the field's values.
 *
 * - `AR_WS_2.`: Obsolete
 * - `AUT_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for the Sogenactif authentication services.
 * - `AU_WS_2.`: AU_WS: Sogenactif Office Serveur (SOAP/JSON) interface for the Sogenactif account update services.
 * - `CR_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for Cash Management functions.
 * - `DR_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for Diagnostic functions.
 * - `FR_WS_2.`: Sogenactif Office Serveur (SOAP) interface for Fraud functions.
 * - `HP_x.x`: Sogenactif Paypage and Sogenactif Walletpage (POST) interface.
 * - `IR_MB_`: Sogenactif In-App (JSON) interface for Sogenactif In-App functions.
 * - `IR_WS_`: Sogenactif Paypage and Sogenactif Office Serveur (SOAP/JSON) interface.
 * - `MR_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for mandate management.
 * - `PMR_WS_2.`: Sogenactif Office Serveur (SOAP/JSON) interface for payment method repository information request functions.
 * - `TR_WS_2.`: Sogenactif Office Serveur (SOAP) interface for Token functions.
 * - `WMR_WS_2.`: Sogenactif Walletpage interface (SOAP/JSON).
 * - `WR_WS_2.`: WR_WS: Sogenactif Office Serveur (SOAP/JSON) interface for Wallet functions.
 */
export type InterfaceVersionPrefix = (typeof InterfaceVersionPrefix)[keyof typeof InterfaceVersionPrefix];

/** The values of {@link InterfaceVersionPrefix} with their meanings, in code-point order. */
export const INTERFACE_VERSION_PREFIX_VALUES: readonly ValueDescriptor<InterfaceVersionPrefix>[] = [
  { value: "AR_WS_2.", meanings: ["Obsolete"] },
  {
    value: "AUT_WS_2.",
    meanings: ["Sogenactif Office Serveur (SOAP/JSON) interface for the Sogenactif authentication services."],
  },
  {
    value: "AU_WS_2.",
    meanings: ["AU_WS: Sogenactif Office Serveur (SOAP/JSON) interface for the Sogenactif account update services."],
  },
  { value: "CR_WS_2.", meanings: ["Sogenactif Office Serveur (SOAP/JSON) interface for Cash Management functions."] },
  { value: "DR_WS_2.", meanings: ["Sogenactif Office Serveur (SOAP/JSON) interface for Diagnostic functions."] },
  { value: "FR_WS_2.", meanings: ["Sogenactif Office Serveur (SOAP) interface for Fraud functions."] },
  { value: "HP_x.x", meanings: ["Sogenactif Paypage and Sogenactif Walletpage (POST) interface."] },
  { value: "IR_MB_", meanings: ["Sogenactif In-App (JSON) interface for Sogenactif In-App functions."] },
  { value: "IR_WS_", meanings: ["Sogenactif Paypage and Sogenactif Office Serveur (SOAP/JSON) interface."] },
  { value: "MR_WS_2.", meanings: ["Sogenactif Office Serveur (SOAP/JSON) interface for mandate management."] },
  {
    value: "PMR_WS_2.",
    meanings: [
      "Sogenactif Office Serveur (SOAP/JSON) interface for payment method repository information request functions.",
    ],
  },
  { value: "TR_WS_2.", meanings: ["Sogenactif Office Serveur (SOAP) interface for Token functions."] },
  { value: "WMR_WS_2.", meanings: ["Sogenactif Walletpage interface (SOAP/JSON)."] },
  { value: "WR_WS_2.", meanings: ["WR_WS: Sogenactif Office Serveur (SOAP/JSON) interface for Wallet functions."] },
];

/** Whether `value` is one of the values of {@link InterfaceVersionPrefix}. */
export function isInterfaceVersionPrefix(value: unknown): value is InterfaceVersionPrefix {
  switch (value) {
    case "AR_WS_2.":
    case "AUT_WS_2.":
    case "AU_WS_2.":
    case "CR_WS_2.":
    case "DR_WS_2.":
    case "FR_WS_2.":
    case "HP_x.x":
    case "IR_MB_":
    case "IR_WS_":
    case "MR_WS_2.":
    case "PMR_WS_2.":
    case "TR_WS_2.":
    case "WMR_WS_2.":
    case "WR_WS_2.":
      return true;
    default:
      return false;
  }
}

/**
 * Response code of a redirection (to the ACS, to the Sogenactif server...). Constant names are those of Worldline's Node SDK where it has one.
 *
 * - `00`: In response to paymentWebInit: transaction initialized
 *   In response to walletCheckEnrollment and cardCheckEnrollment: Carte enrolled
 * - `01`: In response to cardCheckEnrollment and walletCheckEnrollment: card non 3-D Secure enrolled
 * - `03`: Merchant contract invalid
 * - `10`: Undefinied card enrollment (in response to cardCheckEnrollment and walletCheckEnrollment only)
 * - `12`: Invalid transaction, check parameters transferred in the request
 * - `14`: Invalid payment mean data (ex: PAN)
 * - `30`: Format error (Webinit ERROR)
 * - `34`: Suspicion of fraud, signature error (Webinit ERROR)
 * - `80`: Error during DS interrogation
 * - `89`: MPI session expired
 * - `91`: Merchant not configured in the 3-D Secire server
 * - `94`: In response to paymentWebInit: transaction duplicated. The transactionReference of this transaction has already been used
 *   In response to cardCheckEnrollment or walletCheckEnrollment: error during the enrollment verification call
 * - `99`: Internal error
 */
export const RedirectionStatusCode = {
  /**
   * - In response to paymentWebInit: transaction initialized
   * - In response to walletCheckEnrollment and cardCheckEnrollment: Carte enrolled
   */
  TRANSACTION_INITIALIZED: "00",
  /**
   * In response to cardCheckEnrollment and walletCheckEnrollment: card non 3-D Secure enrolled
   */
  CARD_NOT_ENROLLED: "01",
  /**
   * Merchant contract invalid
   */
  INVALID_MERCHANT_CONTRACT: "03",
  /**
   * Undefinied card enrollment (in response to cardCheckEnrollment and walletCheckEnrollment only)
   */
  UNDEFINED_CARD_ENROLLMENT: "10",
  /**
   * Invalid transaction, check parameters transferred in the request
   */
  INVALID_TRANSACTION: "12",
  /**
   * Invalid payment mean data (ex: PAN)
   */
  INVALID_PAYMENT_MEAN_DATA: "14",
  /**
   * Format error (Webinit ERROR)
   */
  INCORRECT_FORMAT: "30",
  /**
   * Suspicion of fraud, signature error (Webinit ERROR)
   */
  FRAUD_SUSPECTED: "34",
  /**
   * Error during DS interrogation
   */
  DS_INTERROGATION_ERROR: "80",
  /**
   * MPI session expired
   */
  MPI_SESSION_EXPIRED: "89",
  /**
   * Merchant not configured in the 3-D Secire server
   */
  MERCHANT_NOT_CONFIGURED_IN_3DS_SERVER: "91",
  /**
   * - In response to paymentWebInit: transaction duplicated. The transactionReference of this transaction has already been used
   * - In response to cardCheckEnrollment or walletCheckEnrollment: error during the enrollment verification call
   */
  DUPLICATED_TRANSACTION: "94",
  /**
   * Internal error
   */
  INTERNAL_ERROR: "99",
} as const;

/**
 * Response code of a redirection (to the ACS, to the Sogenactif server...). Constant names are those of Worldline's Node SDK where it has one.
 *
 * - `00`: In response to paymentWebInit: transaction initialized
 *   In response to walletCheckEnrollment and cardCheckEnrollment: Carte enrolled
 * - `01`: In response to cardCheckEnrollment and walletCheckEnrollment: card non 3-D Secure enrolled
 * - `03`: Merchant contract invalid
 * - `10`: Undefinied card enrollment (in response to cardCheckEnrollment and walletCheckEnrollment only)
 * - `12`: Invalid transaction, check parameters transferred in the request
 * - `14`: Invalid payment mean data (ex: PAN)
 * - `30`: Format error (Webinit ERROR)
 * - `34`: Suspicion of fraud, signature error (Webinit ERROR)
 * - `80`: Error during DS interrogation
 * - `89`: MPI session expired
 * - `91`: Merchant not configured in the 3-D Secire server
 * - `94`: In response to paymentWebInit: transaction duplicated. The transactionReference of this transaction has already been used
 *   In response to cardCheckEnrollment or walletCheckEnrollment: error during the enrollment verification call
 * - `99`: Internal error
 */
export type RedirectionStatusCode = (typeof RedirectionStatusCode)[keyof typeof RedirectionStatusCode];

/** The values of {@link RedirectionStatusCode} with their meanings, in code-point order. */
export const REDIRECTION_STATUS_CODE_VALUES: readonly ValueDescriptor<RedirectionStatusCode>[] = [
  {
    value: "00",
    meanings: [
      "In response to paymentWebInit: transaction initialized",
      "In response to walletCheckEnrollment and cardCheckEnrollment: Carte enrolled",
    ],
  },
  {
    value: "01",
    meanings: ["In response to cardCheckEnrollment and walletCheckEnrollment: card non 3-D Secure enrolled"],
  },
  { value: "03", meanings: ["Merchant contract invalid"] },
  {
    value: "10",
    meanings: ["Undefinied card enrollment (in response to cardCheckEnrollment and walletCheckEnrollment only)"],
  },
  { value: "12", meanings: ["Invalid transaction, check parameters transferred in the request"] },
  { value: "14", meanings: ["Invalid payment mean data (ex: PAN)"] },
  { value: "30", meanings: ["Format error (Webinit ERROR)"] },
  { value: "34", meanings: ["Suspicion of fraud, signature error (Webinit ERROR)"] },
  { value: "80", meanings: ["Error during DS interrogation"] },
  { value: "89", meanings: ["MPI session expired"] },
  { value: "91", meanings: ["Merchant not configured in the 3-D Secire server"] },
  {
    value: "94",
    meanings: [
      "In response to paymentWebInit: transaction duplicated. The transactionReference of this transaction has already been used",
      "In response to cardCheckEnrollment or walletCheckEnrollment: error during the enrollment verification call",
    ],
  },
  { value: "99", meanings: ["Internal error"] },
];

/** Whether `value` is one of the values of {@link RedirectionStatusCode}. */
export function isRedirectionStatusCode(value: unknown): value is RedirectionStatusCode {
  switch (value) {
    case "00":
    case "01":
    case "03":
    case "10":
    case "12":
    case "14":
    case "30":
    case "34":
    case "80":
    case "89":
    case "91":
    case "94":
    case "99":
      return true;
    default:
      return false;
  }
}

/**
 * Operation chosen for the Sogenactif In-App SDK at initialization.
 *
 * - `ADDCARD`: Adding a card to the Wallet Sogenactif for the initialization phase of an Sogenactif In-App transaction
 * - `CARDORDER`: Card payment for the initialization phase of an Sogenactif In-App transaction
 * - `GETWALLETDATA`: Consulting the information of a Wallet Sogenactif for the initialization phase of a transaction Sogenactif In-App
 * - `PAYMENTPROVIDERORDER`: Via an external partner for the initialization phase of an Sogenactif In-App transaction
 * - `PAYMENTTOKENGENERATE`: Generation of token for a payment Sogenactif In-App
 * - `THREEDSECUREANDORDER`: Card payment for the initialization phase of an Sogenactif In-App transaction with 3-D Secure authentication
 * - `THREEDSECUREANDWALLETORDER`: Payment means registered in the Wallet Sogenactif for the initialization phase of a transaction Sogenactif In-App with 3-D Secure authentication
 * - `WALLETORDER`: Payment with the Wallet Sogenactif for the initialization phase of an Sogenactif In-App transaction
 */
export const SdkOperationName = {
  /**
   * Adding a card to the Wallet Sogenactif for the initialization phase of an Sogenactif In-App transaction
   */
  ADDCARD: "ADDCARD",
  /**
   * Card payment for the initialization phase of an Sogenactif In-App transaction
   */
  CARDORDER: "CARDORDER",
  /**
   * Consulting the information of a Wallet Sogenactif for the initialization phase of a transaction Sogenactif In-App
   */
  GETWALLETDATA: "GETWALLETDATA",
  /**
   * Via an external partner for the initialization phase of an Sogenactif In-App transaction
   */
  PAYMENTPROVIDERORDER: "PAYMENTPROVIDERORDER",
  /**
   * Generation of token for a payment Sogenactif In-App
   */
  PAYMENTTOKENGENERATE: "PAYMENTTOKENGENERATE",
  /**
   * Card payment for the initialization phase of an Sogenactif In-App transaction with 3-D Secure authentication
   */
  THREEDSECUREANDORDER: "THREEDSECUREANDORDER",
  /**
   * Payment means registered in the Wallet Sogenactif for the initialization phase of a transaction Sogenactif In-App with 3-D Secure authentication
   */
  THREEDSECUREANDWALLETORDER: "THREEDSECUREANDWALLETORDER",
  /**
   * Payment with the Wallet Sogenactif for the initialization phase of an Sogenactif In-App transaction
   */
  WALLETORDER: "WALLETORDER",
} as const;

/**
 * Operation chosen for the Sogenactif In-App SDK at initialization.
 *
 * - `ADDCARD`: Adding a card to the Wallet Sogenactif for the initialization phase of an Sogenactif In-App transaction
 * - `CARDORDER`: Card payment for the initialization phase of an Sogenactif In-App transaction
 * - `GETWALLETDATA`: Consulting the information of a Wallet Sogenactif for the initialization phase of a transaction Sogenactif In-App
 * - `PAYMENTPROVIDERORDER`: Via an external partner for the initialization phase of an Sogenactif In-App transaction
 * - `PAYMENTTOKENGENERATE`: Generation of token for a payment Sogenactif In-App
 * - `THREEDSECUREANDORDER`: Card payment for the initialization phase of an Sogenactif In-App transaction with 3-D Secure authentication
 * - `THREEDSECUREANDWALLETORDER`: Payment means registered in the Wallet Sogenactif for the initialization phase of a transaction Sogenactif In-App with 3-D Secure authentication
 * - `WALLETORDER`: Payment with the Wallet Sogenactif for the initialization phase of an Sogenactif In-App transaction
 */
export type SdkOperationName = (typeof SdkOperationName)[keyof typeof SdkOperationName];

/** The values of {@link SdkOperationName} with their meanings, in code-point order. */
export const SDK_OPERATION_NAME_VALUES: readonly ValueDescriptor<SdkOperationName>[] = [
  {
    value: "ADDCARD",
    meanings: [
      "Adding a card to the Wallet Sogenactif for the initialization phase of an Sogenactif In-App transaction",
    ],
  },
  { value: "CARDORDER", meanings: ["Card payment for the initialization phase of an Sogenactif In-App transaction"] },
  {
    value: "GETWALLETDATA",
    meanings: [
      "Consulting the information of a Wallet Sogenactif for the initialization phase of a transaction Sogenactif In-App",
    ],
  },
  {
    value: "PAYMENTPROVIDERORDER",
    meanings: ["Via an external partner for the initialization phase of an Sogenactif In-App transaction"],
  },
  { value: "PAYMENTTOKENGENERATE", meanings: ["Generation of token for a payment Sogenactif In-App"] },
  {
    value: "THREEDSECUREANDORDER",
    meanings: [
      "Card payment for the initialization phase of an Sogenactif In-App transaction with 3-D Secure authentication",
    ],
  },
  {
    value: "THREEDSECUREANDWALLETORDER",
    meanings: [
      "Payment means registered in the Wallet Sogenactif for the initialization phase of a transaction Sogenactif In-App with 3-D Secure authentication",
    ],
  },
  {
    value: "WALLETORDER",
    meanings: ["Payment with the Wallet Sogenactif for the initialization phase of an Sogenactif In-App transaction"],
  },
];

/** Whether `value` is one of the values of {@link SdkOperationName}. */
export function isSdkOperationName(value: unknown): value is SdkOperationName {
  switch (value) {
    case "ADDCARD":
    case "CARDORDER":
    case "GETWALLETDATA":
    case "PAYMENTPROVIDERORDER":
    case "PAYMENTTOKENGENERATE":
    case "THREEDSECUREANDORDER":
    case "THREEDSECUREANDWALLETORDER":
    case "WALLETORDER":
      return true;
    default:
      return false;
  }
}

/**
 * Algorithm applied to calculate the seal.
 *
 * - `HMAC-SHA-256`: The encryption algorithm applied is HMAC-SHA-256
 * - `HMAC-SHA-512`: The encryption algorithm applied is HMAC-SHA-512
 * - `SHA-256`: The encryption algorithm applied is SHA-256
 */
export const SealAlgorithm = {
  /**
   * The encryption algorithm applied is HMAC-SHA-256
   */
  HMAC_SHA_256: "HMAC-SHA-256",
  /**
   * The encryption algorithm applied is HMAC-SHA-512
   */
  HMAC_SHA_512: "HMAC-SHA-512",
  /**
   * The encryption algorithm applied is SHA-256
   */
  SHA_256: "SHA-256",
} as const;

/**
 * Algorithm applied to calculate the seal.
 *
 * - `HMAC-SHA-256`: The encryption algorithm applied is HMAC-SHA-256
 * - `HMAC-SHA-512`: The encryption algorithm applied is HMAC-SHA-512
 * - `SHA-256`: The encryption algorithm applied is SHA-256
 */
export type SealAlgorithm = (typeof SealAlgorithm)[keyof typeof SealAlgorithm];

/** The values of {@link SealAlgorithm} with their meanings, in code-point order. */
export const SEAL_ALGORITHM_VALUES: readonly ValueDescriptor<SealAlgorithm>[] = [
  { value: "HMAC-SHA-256", meanings: ["The encryption algorithm applied is HMAC-SHA-256"] },
  { value: "HMAC-SHA-512", meanings: ["The encryption algorithm applied is HMAC-SHA-512"] },
  { value: "SHA-256", meanings: ["The encryption algorithm applied is SHA-256"] },
];

/** Whether `value` is one of the values of {@link SealAlgorithm}. */
export function isSealAlgorithm(value: unknown): value is SealAlgorithm {
  switch (value) {
    case "HMAC-SHA-256":
    case "HMAC-SHA-512":
    case "SHA-256":
      return true;
    default:
      return false;
  }
}

/**
 * Response code of the wallet functions. Constant names and meanings are those of Worldline's Java SDK (NamedWalletResponseCode); where it gives no meaning, its constant name is spelt out.
 *
 * - `00`: Successful operation
 * - `03`: Invalid Merchant contract
 * - `12`: Invalid data, verify the request
 * - `25`: Wallet / payment mean unknown by WL Sips
 * - `30`: Format error
 * - `34`: Fraud suspected
 * - `40`: MerchantId not allowed to access this wallet service
 * - `94`: Duplicated wallet / payment mean
 * - `99`: Temporary problem at the WL Sips server level
 */
export const WalletResponseCode = {
  /**
   * Successful operation
   */
  SUCCESS: "00",
  /**
   * Invalid Merchant contract
   */
  INVALID_MERCHANT: "03",
  /**
   * Invalid data, verify the request
   */
  INVALID_DATA: "12",
  /**
   * Wallet / payment mean unknown by WL Sips
   */
  UNKNOWN_WALLET: "25",
  /**
   * Format error
   */
  FORMAT_ERROR: "30",
  /**
   * Fraud suspected
   */
  FRAUD_SUSPECTED: "34",
  /**
   * MerchantId not allowed to access this wallet service
   */
  NOT_ALLOWED: "40",
  /**
   * Duplicated wallet / payment mean
   */
  ALREADY_PRESENT: "94",
  /**
   * Temporary problem at the WL Sips server level
   */
  INTERNAL_TEMPORARY_PROBLEM: "99",
} as const;

/**
 * Response code of the wallet functions. Constant names and meanings are those of Worldline's Java SDK (NamedWalletResponseCode); where it gives no meaning, its constant name is spelt out.
 *
 * - `00`: Successful operation
 * - `03`: Invalid Merchant contract
 * - `12`: Invalid data, verify the request
 * - `25`: Wallet / payment mean unknown by WL Sips
 * - `30`: Format error
 * - `34`: Fraud suspected
 * - `40`: MerchantId not allowed to access this wallet service
 * - `94`: Duplicated wallet / payment mean
 * - `99`: Temporary problem at the WL Sips server level
 */
export type WalletResponseCode = (typeof WalletResponseCode)[keyof typeof WalletResponseCode];

/** The values of {@link WalletResponseCode} with their meanings, in code-point order. */
export const WALLET_RESPONSE_CODE_VALUES: readonly ValueDescriptor<WalletResponseCode>[] = [
  { value: "00", meanings: ["Successful operation"] },
  { value: "03", meanings: ["Invalid Merchant contract"] },
  { value: "12", meanings: ["Invalid data, verify the request"] },
  { value: "25", meanings: ["Wallet / payment mean unknown by WL Sips"] },
  { value: "30", meanings: ["Format error"] },
  { value: "34", meanings: ["Fraud suspected"] },
  { value: "40", meanings: ["MerchantId not allowed to access this wallet service"] },
  { value: "94", meanings: ["Duplicated wallet / payment mean"] },
  { value: "99", meanings: ["Temporary problem at the WL Sips server level"] },
];

/** Whether `value` is one of the values of {@link WalletResponseCode}. */
export function isWalletResponseCode(value: unknown): value is WalletResponseCode {
  switch (value) {
    case "00":
    case "03":
    case "12":
    case "25":
    case "30":
    case "34":
    case "40":
    case "94":
    case "99":
      return true;
    default:
      return false;
  }
}
