package com.gmpgate.port;

public class LoginIdTakenException extends ConflictException {
    public LoginIdTakenException(String loginId) {
        super("login id already exists: " + loginId);
    }
}
