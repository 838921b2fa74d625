package org.zhicheng.notification.delivery;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.notification.inbox.Address;

/** Table {@code contact_preference}. */
@Repository
class ContactPreferenceRepository {

    private final JdbcClient jdbc;

    ContactPreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ContactPreference> find(Address address) {
        return jdbc.sql("""
                SELECT email, mobile, email_mode, sms_mode, language, updated_by, updated_at FROM contact_preference
                WHERE address_kind = ? AND address_id = ?""")
                .params(address.kind().name(), address.id())
                .query((rs, n) -> new ContactPreference(address, rs.getString(1), rs.getString(2),
                        EmailMode.valueOf(rs.getString(3)), SmsMode.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()))
                .optional();
    }

    void save(ContactPreference preference) {
        jdbc.sql("""
                INSERT INTO contact_preference (address_kind, address_id, email, mobile, email_mode, sms_mode,
                    language, updated_by, updated_at)
                VALUES (:kind, :id, :email, :mobile, :emailMode, :smsMode, :language, :by, :at)
                ON CONFLICT (address_kind, address_id) DO UPDATE SET email = EXCLUDED.email,
                    mobile = EXCLUDED.mobile, email_mode = EXCLUDED.email_mode, sms_mode = EXCLUDED.sms_mode,
                    language = EXCLUDED.language, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                """)
                .param("kind", preference.address().kind().name()).param("id", preference.address().id())
                .param("email", preference.email()).param("mobile", preference.mobile())
                .param("emailMode", preference.emailMode().name()).param("smsMode", preference.smsMode().name())
                .param("language", preference.language()).param("by", preference.updatedBy())
                .param("at", Timestamp.from(preference.updatedAt()))
                .update();
    }
}
