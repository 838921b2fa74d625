package org.zhicheng.notification.publicity.domain;

/**
 * Where the public raises objections besides the platform (受理单位, 电话, 地址, 邮箱), as the notice prints it; all
 * optional. It is the office's contact, not a person's, so it may carry a telephone number.
 */
public record PublicityContact(String office, String phone, String email, String address) {

    public PublicityContact {
        office = blankToNull(office);
        phone = blankToNull(phone);
        email = blankToNull(email);
        address = blankToNull(address);
    }

    public boolean isEmpty() {
        return office == null && phone == null && email == null && address == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
