package org.standpoint.model;

/** Whether the words are quoted verbatim (in quotation marks) or reported in indirect speech. */
public enum QuoteKind { DIRECT, INDIRECT }
