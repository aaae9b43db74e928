package org.liaison.scenario;

/** The means by which a message travels. */
public enum Medium { RADIO, MOBILE, SATELLITE, COURIER, FACE_TO_FACE, DATA_PLATFORM }
