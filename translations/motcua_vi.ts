<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ActionReasonDialog</name>
    <message>
        <source>New &amp;due date:</source>
        <translation>&amp;Hạn giải quyết mới:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Loại người nộp:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Mã số thuế:</translation>
    </message>
    <message>
        <source>10 digits, or 13 as NNNNNNNNNN-BBB</source>
        <translation>10 chữ số, hoặc 13 chữ số dạng NNNNNNNNNN-BBB</translation>
    </message>
    <message>
        <source>&amp;CCCD / CMND:</source>
        <translation>Số &amp;CCCD / CMND:</translation>
    </message>
    <message>
        <source>12-digit CCCD or 9-digit CMND</source>
        <translation>CCCD 12 chữ số hoặc CMND 9 chữ số</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>With diacritics, e.g. Nguyễn Văn An</source>
        <translation>Gõ có dấu, ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số đ&amp;iện thoại:</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ: 0912 345 678</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Pro&amp;vince / city:</source>
        <translation>&amp;Tỉnh / thành phố:</translation>
    </message>
    <message>
        <source>&amp;Ward / commune:</source>
        <translation>&amp;Phường / xã:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>House number, street</source>
        <translation>Số nhà, đường/phố</translation>
    </message>
    <message>
        <source>Authorised &amp;representative:</source>
        <translation>Người được ủ&amp;y quyền:</translation>
    </message>
    <message>
        <source>Name, if somebody submits for the applicant</source>
        <translation>Họ tên, nếu có người nộp thay</translation>
    </message>
    <message>
        <source>Representative&apos;s &amp;ID:</source>
        <translation>CCCD người được ủy &amp;quyền:</translation>
    </message>
    <message>
        <source>CCCD or CMND of the representative</source>
        <translation>CCCD hoặc CMND của người được ủy quyền</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <source>Calendar day</source>
        <translation>Ngày trong lịch làm việc</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Áp dụng cho:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại ngày:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>Lý &amp;do thay đổi:</translation>
    </message>
    <message>
        <source>e.g. the announcement that sets this day</source>
        <translation>ví dụ: thông báo quy định ngày này</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Edit day…</source>
        <translation>&amp;Sửa ngày…</translation>
    </message>
    <message>
        <source>Working &amp;hours…</source>
        <translation>Giờ &amp;làm việc…</translation>
    </message>
    <message>
        <source>&amp;Pre-fill from the lunar calendar…</source>
        <translation>Đ&amp;iền sẵn theo âm lịch…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Nhậ&amp;p CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Day off in lieu</source>
        <translation>Ngày nghỉ bù</translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>Ngày làm bù</translation>
    </message>
    <message>
        <source>Weekly rest day</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <source>Underlined: the unit&apos;s own entry</source>
        <translation>Gạch chân: ngày được thiết lập riêng cho đơn vị</translation>
    </message>
    <message>
        <source>Announced &amp;days:</source>
        <translation>Các ngày đã &amp;công bố:</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Search by code or name, with or without diacritics (Ctrl+F)</source>
        <translation>Tìm theo mã hoặc tên thủ tục, gõ có dấu hoặc không dấu (Ctrl+F)</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>Phiên &amp;bản mới…</translation>
    </message>
    <message>
        <source>New &amp;procedure…</source>
        <translation>&amp;Thủ tục mới…</translation>
    </message>
    <message>
        <source>Code / version:</source>
        <translation>Mã / phiên bản:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Processing time:</source>
        <translation>Thời hạn giải quyết:</translation>
    </message>
    <message>
        <source>Cut-off:</source>
        <translation>Giờ chốt nhận:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Lệ phí:</translation>
    </message>
    <message>
        <source>Processing department:</source>
        <translation>Cơ quan giải quyết:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>Hiệu lực:</translation>
    </message>
    <message>
        <source>Documents to submit:</source>
        <translation>Thành phần hồ sơ:</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Print &amp;apology letter</source>
        <translation>In phiếu &amp;xin lỗi</translation>
    </message>
    <message>
        <source>&amp;Print control sheet</source>
        <translation>In phiếu &amp;kiểm soát</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Thao tác:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Người nộp hồ sơ:</translation>
    </message>
    <message>
        <source>CCCD / tax code:</source>
        <translation>CCCD / mã số thuế:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Liên hệ:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Processing department:</source>
        <translation>Cơ quan giải quyết:</translation>
    </message>
    <message>
        <source>Receiving unit:</source>
        <translation>Đơn vị tiếp nhận:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ngày tiếp nhận:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn giải quyết:</translation>
    </message>
    <message>
        <source>Earlier due dates:</source>
        <translation>Các hạn giải quyết trước đó:</translation>
    </message>
    <message>
        <source>Timeliness:</source>
        <translation>Tiến độ giải quyết:</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>Trả kết quả:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Đánh giá:</translation>
    </message>
    <message>
        <source>Control sheet</source>
        <translation>Phiếu kiểm soát quá trình giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Giấy tờ đã tiếp nhận</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Who collects the result?</source>
        <translation>Ai nhận kết quả?</translation>
    </message>
    <message>
        <source>The &amp;applicant</source>
        <translation>&amp;Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>An a&amp;uthorised person</source>
        <translation>Người được ủy &amp;quyền</translation>
    </message>
    <message>
        <source>By &amp;post</source>
        <translation>Gửi qua &amp;bưu chính</translation>
    </message>
    <message>
        <source>I checked the collector&apos;s identity card: the number matches</source>
        <translation>Tôi đã kiểm tra CCCD của người nhận kết quả: số CCCD trùng khớp</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>CCCD &amp;number:</source>
        <translation>Số &amp;CCCD:</translation>
    </message>
    <message>
        <source>Au&amp;thorisation document:</source>
        <translation>&amp;Giấy ủy quyền:</translation>
    </message>
    <message>
        <source>Number and date of the power of attorney</source>
        <translation>Số và ngày của giấy ủy quyền</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>Mã &amp;vận đơn:</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>&amp;Find a dossier:</source>
        <translation>&amp;Tìm hồ sơ:</translation>
    </message>
    <message>
        <source>Scan the receipt, or type a code, CCCD, tax code or name</source>
        <translation>Quét giấy tiếp nhận, hoặc nhập mã hồ sơ, CCCD, mã số thuế hay họ tên</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
</context>
<context>
    <name>HolidaySuggestionsDialog</name>
    <message>
        <source>Pre-fill from the lunar calendar</source>
        <translation>Điền sẵn theo âm lịch</translation>
    </message>
    <message>
        <source>Day &amp;added to National Day:</source>
        <translation>Ngày nghỉ thêm dịp &amp;Quốc khánh:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>Lý &amp;do thay đổi:</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Contin&amp;ue it (Alt+U)</source>
        <translation>Tiếp tục bổ s&amp;ung (Alt+U)</translation>
    </message>
    <message>
        <source>Continue the pending supplement request: its form and checklist come back (Alt+U)</source>
        <translation>Tiếp tục yêu cầu bổ sung đang chờ: khôi phục thông tin đã nhập và danh mục giấy tờ (Alt+U)</translation>
    </message>
    <message>
        <source>1. Applicant</source>
        <translation>1. Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>2. Procedure</source>
        <translation>2. Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Type to search, with or without diacritics; Enter chooses</source>
        <translation>Gõ để tìm, có dấu hoặc không dấu; nhấn Enter để chọn</translation>
    </message>
    <message>
        <source>3. Checklist (Space ticks a document; type a number in a count)</source>
        <translation>3. Thành phần hồ sơ (phím Space để đánh dấu giấy tờ; gõ số vào ô số lượng)</translation>
    </message>
    <message>
        <source>Refuse… (Ctrl+R)</source>
        <translation>Từ chối tiếp nhận… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Refuse the dossier with a stated reason and print form 03 (Ctrl+R)</source>
        <translation>Từ chối tiếp nhận hồ sơ, nêu rõ lý do và in Mẫu số 03 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Request supplement… (Ctrl+B)</source>
        <translation>Yêu cầu bổ sung… (Ctrl+B)</translation>
    </message>
    <message>
        <source>List everything missing and print form 02 (Ctrl+B)</source>
        <translation>Liệt kê đầy đủ các giấy tờ còn thiếu và in Mẫu số 02 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Receive (Ctrl+Enter)</source>
        <translation>Tiếp nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Receive the dossier and print the receipt (Ctrl+Enter, or Enter in a complete checklist)</source>
        <translation>Tiếp nhận hồ sơ và in giấy tiếp nhận, hẹn trả kết quả (Ctrl+Enter, hoặc Enter khi đã đủ hồ sơ)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Motcua Desk — Log in</source>
        <translation>Motcua Desk — Đăng nhập</translation>
    </message>
    <message>
        <source>One-stop counter — staff log in</source>
        <translation>Bộ phận Một cửa — đăng nhập dành cho cán bộ</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Server settings…</source>
        <translation>&amp;Cài đặt máy chủ…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Ser&amp;vice name:</source>
        <translation>Tên &amp;dịch vụ:</translation>
    </message>
    <message>
        <source>from pg_service.conf (optional)</source>
        <translation>trong pg_service.conf (không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>Má&amp;y chủ (host):</translation>
    </message>
    <message>
        <source>db1.example,db2.example (empty: PGHOST)</source>
        <translation>db1.example,db2.example (để trống: PGHOST)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>Cổn&amp;g (port):</translation>
    </message>
    <message>
        <source>5432,5432 (empty: PGPORT)</source>
        <translation>5432,5432 (để trống: PGPORT)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở dữ l&amp;iệu:</translation>
    </message>
    <message>
        <source>empty: PGDATABASE</source>
        <translation>để trống: PGDATABASE</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>Chế độ SS&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Target session:</source>
        <translation>Loại &amp;phiên kết nối:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Motcua Desk</source>
        <translation>Motcua Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Nghiệp vụ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>N&amp;gôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Procedure &amp;catalogue</source>
        <translation>&amp;Danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>&amp;About Motcua Desk</source>
        <translation>&amp;Giới thiệu Motcua Desk</translation>
    </message>
    <message>
        <source>Working &amp;calendar</source>
        <translation>&amp;Lịch làm việc</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>Tiếp nhận &amp;hồ sơ</translation>
    </message>
    <message>
        <source>Take in a dossier at the counter (Ctrl+N)</source>
        <translation>Tiếp nhận hồ sơ tại quầy (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Handover and lookup</source>
        <translation>Trả &amp;kết quả và tra cứu</translation>
    </message>
    <message>
        <source>Find a dossier, follow its life and hand the result over (Ctrl+3)</source>
        <translation>Tra cứu hồ sơ, theo dõi quá trình giải quyết và trả kết quả (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>The register of dossiers received by a unit (Ctrl+4)</source>
        <translation>Sổ theo dõi hồ sơ đã tiếp nhận của đơn vị (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>&amp;Bảng điểm</translation>
    </message>
    <message>
        <source>The branches&apos; live scorecard, overdue dossiers and reviews (Ctrl+5)</source>
        <translation>Bảng điểm trực tuyến của các chi nhánh, hồ sơ quá hạn và các nội dung rà soát, kiểm tra (Ctrl+5)</translation>
    </message>
</context>
<context>
    <name>Motcua::ActionReasonDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — dossier %2, due %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — hồ sơ %2, hạn giải quyết %3.</translation>
    </message>
    <message>
        <source>The new due date must be after the current one.</source>
        <translation>Hạn giải quyết mới phải sau hạn hiện tại.</translation>
    </message>
    <message>
        <source>State the reason: it is recorded on the control sheet.</source>
        <translation>Vui lòng nêu lý do: lý do được ghi vào phiếu kiểm soát quá trình giải quyết hồ sơ.</translation>
    </message>
</context>
<context>
    <name>Motcua::ApplicantForm</name>
    <message>
        <source>Person (CCCD)</source>
        <translation>Cá nhân (CCCD)</translation>
    </message>
    <message>
        <source>Business (tax code)</source>
        <translation>Doanh nghiệp (mã số thuế)</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>Tên &amp;doanh nghiệp:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Submitter&apos;s CCCD:</source>
        <translation>&amp;CCCD người nộp:</translation>
    </message>
    <message>
        <source>&amp;CCCD / CMND:</source>
        <translation>Số &amp;CCCD / CMND:</translation>
    </message>
    <message>
        <source>Submitted &amp;by (name):</source>
        <translation>&amp;Người nộp (họ tên):</translation>
    </message>
    <message>
        <source>Authorised &amp;representative:</source>
        <translation>Người được ủ&amp;y quyền:</translation>
    </message>
    <message>
        <source>old CMND</source>
        <translation>CMND cũ</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, sinh ngày %2</translation>
    </message>
    <message>
        <source>Type the business&apos;s tax code.</source>
        <translation>Vui lòng nhập mã số thuế của doanh nghiệp.</translation>
    </message>
    <message>
        <source>Type the applicant&apos;s CCCD (or old CMND).</source>
        <translation>Vui lòng nhập số CCCD (hoặc CMND cũ) của người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Type the business&apos;s name.</source>
        <translation>Vui lòng nhập tên doanh nghiệp.</translation>
    </message>
    <message>
        <source>Type the applicant&apos;s full name.</source>
        <translation>Vui lòng nhập họ và tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Type the date of birth as day/month/year, e.g. 25/03/1990.</source>
        <translation>Vui lòng nhập ngày sinh theo dạng ngày/tháng/năm, ví dụ: 25/03/1990.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Ngày sinh không được sau ngày hiện tại.</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.vn).</source>
        <translation>Địa chỉ email không hợp lệ (ví dụ: ten@example.vn).</translation>
    </message>
    <message>
        <source>Type the name of the person with this ID.</source>
        <translation>Vui lòng nhập họ tên của người có số giấy tờ này.</translation>
    </message>
    <message>
        <source>CCCD QR code: Enter fills the form</source>
        <translation>Mã QR của CCCD: Enter để điền biểu mẫu</translation>
    </message>
    <message>
        <source>not a valid CCCD QR code</source>
        <translation>không phải mã QR của CCCD</translation>
    </message>
    <message>
        <source>%1 was “%2”</source>
        <translation>%1 trước đó là “%2”</translation>
    </message>
    <message>
        <source>Filled from the CCCD QR code.</source>
        <translation>Đã điền từ mã QR của CCCD.</translation>
    </message>
    <message>
        <source>Old ID number on the card: %1.</source>
        <translation>Số CMND cũ trên thẻ: %1.</translation>
    </message>
    <message>
        <source>Replaced: %1.</source>
        <translation>Đã thay: %1.</translation>
    </message>
    <message>
        <source>Filled from the CCCD QR code</source>
        <translation>Đã điền từ mã QR của CCCD</translation>
    </message>
    <message>
        <source>Press Enter in this field to fill the form from the scanned CCCD QR code.</source>
        <translation>Nhấn Enter trong ô này để điền biểu mẫu từ mã QR của CCCD vừa quét.</translation>
    </message>
</context>
<context>
    <name>Motcua::BoardWindow</name>
    <message>
        <source>Ranked by the composite score of the month: %1</source>
        <translation>Xếp hạng theo điểm tổng hợp của tháng: %1</translation>
    </message>
    <message>
        <source>Public board</source>
        <translation>Bảng thông tin công khai</translation>
    </message>
    <message>
        <source>Service results of the branches</source>
        <translation>Kết quả phục vụ của các chi nhánh</translation>
    </message>
    <message>
        <source>Month %1 — best composite score first</source>
        <translation>Tháng %1 — xếp theo điểm tổng hợp từ cao đến thấp</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Chi nhánh</translation>
    </message>
    <message>
        <source>On time
this month</source>
        <translation>Đúng hạn
trong tháng</translation>
    </message>
    <message>
        <source>Satisfaction
this month</source>
        <translation>Mức độ hài lòng
trong tháng</translation>
    </message>
    <message>
        <source>Received
today</source>
        <translation>Tiếp nhận
hôm nay</translation>
    </message>
    <message>
        <source>Not updated: %1 — figures as of %2</source>
        <translation>Chưa cập nhật được: %1 — số liệu tính đến %2</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Chưa cập nhật được: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
</context>
<context>
    <name>Motcua::BottleneckPanel</name>
    <message>
        <source>Choose a period.</source>
        <translation>Vui lòng chọn khoảng thời gian.</translation>
    </message>
    <message>
        <source>No dossiers in this period.</source>
        <translation>Không có hồ sơ nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Nhóm theo:</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Thủ tục</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Highlighted: late share of %1 or more</source>
        <translation>Tô nổi bật: tỷ lệ trễ hạn từ %1 trở lên</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation>Trung vị (giờ)</translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation>Phân vị 90 (giờ)</translation>
    </message>
    <message>
        <source>Late share</source>
        <translation>Tỷ lệ trễ hạn</translation>
    </message>
</context>
<context>
    <name>Motcua::CalendarCsv</name>
    <message>
        <source>Line %1: a quote may only open a field.</source>
        <translation>Dòng %1: dấu ngoặc kép chỉ được đặt ở đầu một trường.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>Dòng %1: có nội dung không hợp lệ sau dấu ngoặc kép đóng.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Dòng %1: trường mở bằng dấu ngoặc kép nhưng chưa được đóng.</translation>
    </message>
    <message>
        <source>The calendar file is empty: expected the header &quot;date,type,note&quot;.</source>
        <translation>Tệp lịch làm việc trống: cần có dòng tiêu đề &quot;date,type,note&quot;.</translation>
    </message>
    <message>
        <source>Line %1: expected the header &quot;date,type,note&quot;.</source>
        <translation>Dòng %1: cần có dòng tiêu đề &quot;date,type,note&quot;.</translation>
    </message>
    <message>
        <source>Line %1: expected 3 fields (date,type,note), found %2.</source>
        <translation>Dòng %1: cần 3 trường (date,type,note), nhưng có %2 trường.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Dòng %1: &quot;%2&quot; không phải là ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Line %1: unknown day type &quot;%2&quot; (expected holiday, compensatory_off or makeup_workday).</source>
        <translation>Dòng %1: loại ngày &quot;%2&quot; không hợp lệ (chỉ dùng holiday – ngày nghỉ lễ, compensatory_off – nghỉ bù hoặc makeup_workday – ngày làm bù).</translation>
    </message>
    <message>
        <source>Line %1: %2 is already listed on line %3.</source>
        <translation>Dòng %1: ngày %2 đã có ở dòng %3.</translation>
    </message>
    <message>
        <source>Line %1, note: %2</source>
        <translation>Dòng %1, ghi chú: %2</translation>
    </message>
</context>
<context>
    <name>Motcua::CalendarDayDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Calendar day %1</source>
        <translation>Ngày %1 trong lịch làm việc</translation>
    </message>
    <message>
        <source>Normal day (no entry)</source>
        <translation>Ngày thường (không thiết lập)</translation>
    </message>
    <message>
        <source>For every unit this day is: %1 — %2. An entry here overrides it for this unit only.</source>
        <translation>Đối với tất cả đơn vị, ngày này là: %1 — %2. Thiết lập tại đây sẽ thay thế thiết lập chung, chỉ áp dụng cho đơn vị này.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Day off in lieu</source>
        <translation>Ngày nghỉ bù</translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>Ngày làm bù</translation>
    </message>
    <message>
        <source>This day has no entry here: choose a day type to add one.</source>
        <translation>Ngày này chưa được thiết lập ở đây: vui lòng chọn loại ngày để thêm.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có thay đổi nào.</translation>
    </message>
    <message>
        <source>Say why the day changes (e.g. the announcement that sets it).</source>
        <translation>Vui lòng nêu lý do thay đổi ngày này (ví dụ: thông báo quy định ngày này).</translation>
    </message>
</context>
<context>
    <name>Motcua::CalendarPage</name>
    <message>
        <source>every unit (city-wide)</source>
        <translation>tất cả đơn vị (toàn thành phố)</translation>
    </message>
    <message>
        <source>All units (city-wide)</source>
        <translation>Tất cả đơn vị (toàn thành phố)</translation>
    </message>
    <message>
        <source>Working hours: %1 (%2)</source>
        <translation>Giờ làm việc: %1 (%2)</translation>
    </message>
    <message>
        <source>this scope&apos;s own</source>
        <translation>giờ riêng của phạm vi này</translation>
    </message>
    <message>
        <source>built-in standard</source>
        <translation>giờ chuẩn có sẵn của phần mềm</translation>
    </message>
    <message>
        <source>the city default</source>
        <translation>giờ mặc định của thành phố</translation>
    </message>
    <message>
        <source>Weekly rest day</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>tất cả đơn vị</translation>
    </message>
    <message>
        <source>this unit only</source>
        <translation>riêng đơn vị này</translation>
    </message>
    <message>
        <source>all units (overridden here)</source>
        <translation>tất cả đơn vị (đã thiết lập riêng ở đây)</translation>
    </message>
    <message>
        <source>Applies to every unit.</source>
        <translation>Áp dụng cho tất cả đơn vị.</translation>
    </message>
    <message>
        <source>This unit&apos;s own entry.</source>
        <translation>Thiết lập riêng của đơn vị này.</translation>
    </message>
    <message>
        <source>Worked: %1</source>
        <translation>Làm việc: %1</translation>
    </message>
    <message>
        <source>Working day: %1</source>
        <translation>Ngày làm việc: %1</translation>
    </message>
    <message>
        <source>Your account may not change the working calendar.</source>
        <translation>Tài khoản của bạn không có quyền thay đổi lịch làm việc.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Import calendar days</source>
        <translation>Nhập các ngày trong lịch làm việc</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Reason for the change (for the audit log):</source>
        <translation>Lý do thay đổi (ghi vào nhật ký thay đổi):</translation>
    </message>
    <message>
        <source>Nothing was imported: a reason is required.</source>
        <translation>Chưa nhập dữ liệu nào: bắt buộc phải nêu lý do thay đổi.</translation>
    </message>
    <message>
        <source>%1 days imported: %2 new, %3 changed, %4 already so.</source>
        <translation>Đã nhập %1 ngày: %2 ngày mới, %3 ngày được cập nhật, %4 ngày giữ nguyên (đã đúng như trong tệp).</translation>
    </message>
    <message>
        <source>Export calendar days</source>
        <translation>Xuất các ngày trong lịch làm việc</translation>
    </message>
</context>
<context>
    <name>Motcua::CataloguePage</name>
    <message>
        <source>All sectors</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Bản photo</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — phiên bản %2</translation>
    </message>
    <message>
        <source>received after %1 counts from the next working day</source>
        <translation>hồ sơ nhận sau %1 được tính từ ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>free</source>
        <translation>miễn phí</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>one of group %1</source>
        <translation>một trong nhóm %1</translation>
    </message>
</context>
<context>
    <name>Motcua::CccdQr</name>
    <message>
        <source>This is too long to be the QR code of a CCCD card (%1 characters); scan the card again.</source>
        <translation>Chuỗi này quá dài để là mã QR của thẻ CCCD (%1 ký tự); hãy quét lại thẻ.</translation>
    </message>
    <message>
        <source>The CCCD QR code has %1 of its 7 fields separated by “|”; scan the card again.</source>
        <translation>Mã QR của CCCD có %1 trên 7 trường ngăn cách bởi “|”; hãy quét lại thẻ.</translation>
    </message>
    <message>
        <source>The CCCD QR code holds characters a card does not have (field %1); scan the card again.</source>
        <translation>Mã QR của CCCD chứa ký tự không có trên thẻ (trường %1); hãy quét lại thẻ.</translation>
    </message>
    <message>
        <source>The date of birth in the QR code (“%1”) is not a date written ddMMyyyy.</source>
        <translation>Ngày sinh trong mã QR (“%1”) không phải ngày viết theo dạng ddMMyyyy.</translation>
    </message>
    <message>
        <source>The date of birth in the QR code is in the future.</source>
        <translation>Ngày sinh trong mã QR là một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>Mã QR: %1</translation>
    </message>
    <message>
        <source>QR code, old ID number: %1</source>
        <translation>Mã QR, số CMND cũ: %1</translation>
    </message>
    <message>
        <source>The QR code holds no name; scan the card again.</source>
        <translation>Mã QR không có họ tên; hãy quét lại thẻ.</translation>
    </message>
    <message>
        <source>QR code, name: %1</source>
        <translation>Mã QR, họ tên: %1</translation>
    </message>
    <message>
        <source>The sex in the QR code (“%1”) is neither Nam nor Nữ.</source>
        <translation>Giới tính trong mã QR (“%1”) không phải Nam hay Nữ.</translation>
    </message>
    <message>
        <source>The QR code says %1, but the CCCD number is that of a %2.</source>
        <translation>Mã QR ghi %1, nhưng số CCCD là của một %2.</translation>
    </message>
    <message>
        <source>man</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>The QR code holds no address; scan the card again.</source>
        <translation>Mã QR không có địa chỉ; hãy quét lại thẻ.</translation>
    </message>
    <message>
        <source>The issue date in the QR code (“%1”) is not a date written ddMMyyyy.</source>
        <translation>Ngày cấp trong mã QR (“%1”) không phải ngày viết theo dạng ddMMyyyy.</translation>
    </message>
    <message>
        <source>The issue date in the QR code (%1) is before the birth or in the future.</source>
        <translation>Ngày cấp trong mã QR (%1) trước ngày sinh hoặc trong tương lai.</translation>
    </message>
</context>
<context>
    <name>Motcua::ChecklistModel</name>
    <message>
        <source>one of %1</source>
        <translation>một trong nhóm %1</translation>
    </message>
    <message>
        <source>show only</source>
        <translation>chỉ xuất trình</translation>
    </message>
    <message>
        <source>optional, show only</source>
        <translation>không bắt buộc, chỉ xuất trình</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>Space: received / not received</source>
        <translation>Space: đã nhận / chưa nhận</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Type a number or press F2 to change the count</source>
        <translation>Gõ số hoặc nhấn F2 để sửa số lượng</translation>
    </message>
    <message>
        <source>Received — document</source>
        <translation>Đã nhận — giấy tờ</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Bản photo</translation>
    </message>
</context>
<context>
    <name>Motcua::ChecklistVerdict</name>
    <message>
        <source>not submitted</source>
        <translation>chưa nộp</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n bản chính</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certified copy(ies)</source>
        <translation>
            <numerusform>%n bản sao chứng thực</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photocopy(ies)</source>
        <translation>
            <numerusform>%n bản photo</numerusform>
        </translation>
    </message>
    <message>
        <source>needs %1; received %2 original(s), %3 certified copy(ies), %4 photocopy(ies)</source>
        <translation>cần %1; đã nhận %2 bản chính, %3 bản sao chứng thực, %4 bản photo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>one of these documents is needed</source>
        <translation>cần một trong các giấy tờ này</translation>
    </message>
</context>
<context>
    <name>Motcua::Cli</name>
    <message>
        <source>--dsn needs a value, e.g. --dsn &quot;host=db1 dbname=motcua&quot;</source>
        <translation>--dsn cần có giá trị, ví dụ: --dsn &quot;host=db1 dbname=motcua&quot;</translation>
    </message>
    <message>
        <source>migrate: unknown argument &quot;%1&quot;</source>
        <translation>migrate: tham số không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Schema is up to date (version %1).</source>
        <translation>Lược đồ cơ sở dữ liệu đã ở phiên bản mới nhất (phiên bản %1).</translation>
    </message>
    <message>
        <source>Applied migration %1.</source>
        <translation>Đã áp dụng bản nâng cấp lược đồ (migration) %1.</translation>
    </message>
    <message>
        <source>seed-demo: unknown argument &quot;%1&quot;</source>
        <translation>seed-demo: tham số không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>seed-demo: migrate the database first (motcua-admin migrate).</source>
        <translation>seed-demo: cần nâng cấp lược đồ cơ sở dữ liệu trước (motcua-admin migrate).</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Đã nạp dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>The database already has data; demo data not loaded.</source>
        <translation>Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Apply the pending schema migrations (idempotent). --status prints applied/known/pending and exits 1 when migrations are pending.</source>
        <translation>Áp dụng các bản nâng cấp lược đồ (migration) còn chờ (chạy lại nhiều lần vẫn an toàn). --status in ra các bản đã áp dụng/đã biết/còn chờ và thoát với mã 1 khi còn bản nâng cấp chờ áp dụng.</translation>
    </message>
    <message>
        <source>Load the demo branches, procedures, 2025-2027 calendar and staff accounts into an empty database (superuser connection).</source>
        <translation>Nạp dữ liệu mẫu gồm chi nhánh, thủ tục, lịch làm việc 2025-2027 và tài khoản cán bộ vào cơ sở dữ liệu trống (cần kết nối bằng tài khoản superuser).</translation>
    </message>
    <message>
        <source>Print due=YYYY-MM-DDTHH:MM for a receipt instant and a statutory time in working days or hours; with --finished also status=early|on_time|late. SPEC like &quot;mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30&quot;; the CSV has the header date,type,note (holiday, compensatory_off, makeup_workday).</source>
        <translation>In ra hạn giải quyết due=YYYY-MM-DDTHH:MM từ thời điểm tiếp nhận và thời hạn giải quyết theo quy định (tính bằng ngày làm việc hoặc giờ làm việc); khi có --finished thì in thêm status=early|on_time|late (trước hạn/đúng hạn/quá hạn). SPEC có dạng &quot;mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30&quot;; tệp CSV có dòng tiêu đề date,type,note (holiday – ngày nghỉ lễ, compensatory_off – nghỉ bù, makeup_workday – ngày làm bù).</translation>
    </message>
    <message>
        <source>Print the solar date (YYYY-MM-DD) of a Vietnamese lunar date (UTC+7).</source>
        <translation>In ra ngày dương lịch (YYYY-MM-DD) tương ứng với một ngày âm lịch Việt Nam (UTC+7).</translation>
    </message>
    <message>
        <source>Print the year&apos;s Labour Code holidays, with days off in lieu, as calendar CSV. A suggestion: the announced schedule always wins.</source>
        <translation>In ra các ngày nghỉ lễ trong năm theo Bộ luật Lao động, kèm ngày nghỉ bù, dưới dạng tệp CSV lịch làm việc. Đây chỉ là gợi ý: lịch nghỉ do cơ quan có thẩm quyền công bố luôn được ưu tiên.</translation>
    </message>
    <message>
        <source>Check an identifier: valid prints the normalised value and exits 0; invalid prints why and exits 1.</source>
        <translation>Kiểm tra một mã định danh: nếu hợp lệ thì in ra giá trị đã chuẩn hóa và thoát với mã 0; nếu không hợp lệ thì in ra lý do và thoát với mã 1.</translation>
    </message>
    <message>
        <source>Usage: motcua-admin [--dsn DSN] &lt;command&gt; [arguments]</source>
        <translation>Cách dùng: motcua-admin [--dsn DSN] &lt;lệnh&gt; [tham số]</translation>
    </message>
    <message>
        <source>Connection: --dsn takes a libpq connection string or postgresql:// URI; without it the PG* environment variables and PGSERVICE apply.</source>
        <translation>Kết nối: --dsn nhận chuỗi kết nối libpq hoặc URI postgresql://; nếu không có, chương trình dùng các biến môi trường PG* và PGSERVICE.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 refused or invalid value, 2 malformed arguments, 3 database or other failure.</source>
        <translation>Mã thoát: 0 thành công, 1 bị từ chối hoặc giá trị không hợp lệ, 2 tham số sai cú pháp, 3 lỗi cơ sở dữ liệu hoặc lỗi khác.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run motcua-admin --help.</source>
        <translation>Lệnh &quot;%1&quot; không tồn tại. Hãy chạy motcua-admin --help.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>Tùy chọn %1 không nhận giá trị.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Tùy chọn không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Tùy chọn %1 cần có giá trị.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>Tùy chọn %1 được nhập nhiều hơn một lần.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2026-03-02T10:00.</source>
        <translation>&quot;%1&quot; không phải là ngày giờ hợp lệ (ví dụ: 2026-03-02T10:00).</translation>
    </message>
    <message>
        <source>Usage: due-date --received 2026-03-02T10:00 --duration 3d|4h|0.5d [--cutoff 15:00] [--hours &quot;mon-fri 07:30-11:30,13:00-17:00&quot;] [--calendar FILE.csv] [--pause FROM/TO]... [--finished TIME]</source>
        <translation>Cách dùng: due-date --received 2026-03-02T10:00 --duration 3d|4h|0.5d [--cutoff 15:00] [--hours &quot;mon-fri 07:30-11:30,13:00-17:00&quot;] [--calendar FILE.csv] [--pause FROM/TO]... [--finished TIME]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không mong đợi: %1</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>Bắt buộc phải có tùy chọn %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 15:00.</source>
        <translation>&quot;%1&quot; không phải là giờ hợp lệ (ví dụ: 15:00).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pause FROM/TO.</source>
        <translation>&quot;%1&quot; không phải là khoảng tạm dừng hợp lệ dạng FROM/TO (từ/đến).</translation>
    </message>
    <message>
        <source>Usage: lunar-to-solar DAY MONTH YEAR [--leap]</source>
        <translation>Cách dùng: lunar-to-solar NGÀY THÁNG NĂM [--leap]</translation>
    </message>
    <message>
        <source>Expected DAY MONTH YEAR, e.g. lunar-to-solar 10 3 2026.</source>
        <translation>Cần nhập NGÀY THÁNG NĂM, ví dụ: lunar-to-solar 10 3 2026.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; không phải là số.</translation>
    </message>
    <message>
        <source>Usage: holidays suggest --year YEAR [--hours SPEC] [--national-day-extra 1|3]</source>
        <translation>Cách dùng: holidays suggest --year NĂM [--hours SPEC] [--national-day-extra 1|3]</translation>
    </message>
    <message>
        <source>Expected: holidays suggest --year YEAR</source>
        <translation>Cú pháp đúng: holidays suggest --year NĂM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; không phải là năm hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1 or 3 (September).</source>
        <translation>&quot;%1&quot; phải là 1 hoặc 3 (tháng 9).</translation>
    </message>
    <message>
        <source>Usage: check cccd|cmnd|mst|phone VALUE [--birth-year YEAR]</source>
        <translation>Cách dùng: check cccd|cmnd|mst|phone GIÁ_TRỊ [--birth-year NĂM]</translation>
    </message>
    <message>
        <source>Expected: check cccd|cmnd|mst|phone VALUE</source>
        <translation>Cú pháp đúng: check cccd|cmnd|mst|phone GIÁ_TRỊ</translation>
    </message>
    <message>
        <source>The option %1 applies to cccd only.</source>
        <translation>Tùy chọn %1 chỉ áp dụng cho cccd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-03-02.</source>
        <translation>&quot;%1&quot; không phải là ngày hợp lệ (ví dụ: 2026-03-02).</translation>
    </message>
    <message>
        <source>Unknown identifier kind &quot;%1&quot;: use cccd, cmnd, mst or phone.</source>
        <translation>Loại mã định danh &quot;%1&quot; không hợp lệ: dùng cccd, cmnd, mst hoặc phone.</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>không hợp lệ: %1</translation>
    </message>
    <message>
        <source>calendar: the option %1 needs a value.</source>
        <translation>calendar: tùy chọn %1 cần có giá trị.</translation>
    </message>
    <message>
        <source>calendar: the option %1 is given more than once.</source>
        <translation>calendar: tùy chọn %1 được nhập nhiều hơn một lần.</translation>
    </message>
    <message>
        <source>calendar: say import or export (motcua-admin --help).</source>
        <translation>calendar: cần chỉ rõ import hoặc export (xem motcua-admin --help).</translation>
    </message>
    <message>
        <source>calendar: unknown action &quot;%1&quot;; use import or export.</source>
        <translation>calendar: thao tác &quot;%1&quot; không hợp lệ; dùng import hoặc export.</translation>
    </message>
    <message>
        <source>calendar %1: FILE.csv is missing.</source>
        <translation>calendar %1: thiếu tham số FILE.csv.</translation>
    </message>
    <message>
        <source>calendar %1: unexpected argument &quot;%2&quot;.</source>
        <translation>calendar %1: tham số không mong đợi &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>calendar %1: unknown option %2.</source>
        <translation>calendar %1: tùy chọn không hợp lệ %2.</translation>
    </message>
    <message>
        <source>calendar %1: the option %2 needs a value.</source>
        <translation>calendar %1: tùy chọn %2 cần có giá trị.</translation>
    </message>
    <message>
        <source>calendar export: --year must be a year like 2026, not &quot;%1&quot;.</source>
        <translation>calendar export: --year phải là một năm (ví dụ: 2026), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>calendar import: cannot read %1: %2</source>
        <translation>calendar import: không đọc được %1: %2</translation>
    </message>
    <message>
        <source>calendar import: %1: %2</source>
        <translation>calendar import: %1: %2</translation>
    </message>
    <message>
        <source>Imported from %1 (motcua-admin)</source>
        <translation>Nhập từ tệp %1 (motcua-admin)</translation>
    </message>
    <message>
        <source>calendar export: cannot write %1: %2</source>
        <translation>calendar export: không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Import or export the announced calendar days (header date,type,note) city-wide or, with --unit, of one unit. Import replaces the stored type and note of every date in the file, in one audited transaction, and prints imported=N inserted=I updated=U unchanged=K.</source>
        <translation>Nhập hoặc xuất các ngày đã công bố trong lịch làm việc (dòng tiêu đề date,type,note) của toàn thành phố hoặc, khi có --unit, của một đơn vị. Khi nhập, loại ngày và ghi chú đã lưu của mọi ngày có trong tệp được thay thế trong cùng một giao dịch có ghi nhật ký thay đổi, sau đó in ra imported=N inserted=I updated=U unchanged=K (số ngày đã nhập/thêm mới/cập nhật/giữ nguyên).</translation>
    </message>
    <message>
        <source>Usage: dossier show CODE | dossier status CODE ACTION [--note TEXT] [--new-due YYYY-MM-DDTHH:MM]</source>
        <translation>Cách dùng: dossier show MÃ_HỒ_SƠ | dossier status MÃ_HỒ_SƠ THAO_TÁC [--note VĂN_BẢN] [--new-due YYYY-MM-DDTHH:MM]</translation>
    </message>
    <message>
        <source>dossier status: name the new state, e.g. processing or ready</source>
        <translation>dossier status: cần nêu trạng thái mới, ví dụ processing hoặc ready</translation>
    </message>
    <message>
        <source>dossier status: unknown state &quot;%1&quot; (transferred, processing, supplement, supplemented, extended, stopped, withdrawn, ready, returned)</source>
        <translation>dossier status: trạng thái &quot;%1&quot; không hợp lệ (transferred, processing, supplement, supplemented, extended, stopped, withdrawn, ready, returned)</translation>
    </message>
    <message>
        <source>--new-due: &quot;%1&quot; is not a date and time like 2026-03-02T17:00</source>
        <translation>--new-due: &quot;%1&quot; không phải là ngày giờ hợp lệ (ví dụ: 2026-03-02T17:00)</translation>
    </message>
    <message>
        <source>dossier status: unknown or incomplete argument &quot;%1&quot;</source>
        <translation>dossier status: tham số &quot;%1&quot; không hợp lệ hoặc chưa đầy đủ</translation>
    </message>
    <message>
        <source>dossier show: unknown argument &quot;%1&quot;</source>
        <translation>dossier show: tham số không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Show a dossier with its control sheet, or change its state with the same rules and events as the app. ACTION: transferred, processing, supplement, supplemented, extended (--new-due and --note), stopped, withdrawn, ready, returned. Exits 1 with the reason when refused.</source>
        <translation>Hiển thị hồ sơ kèm phiếu kiểm soát quá trình giải quyết, hoặc chuyển trạng thái hồ sơ theo cùng quy tắc và sự kiện như trong ứng dụng. THAO_TÁC: transferred, processing, supplement, supplemented, extended (kèm --new-due và --note), stopped, withdrawn, ready, returned. Khi bị từ chối, in ra lý do và thoát với mã 1.</translation>
    </message>
    <message>
        <source>calendar import: %1 is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>calendar import: %1 không phải văn bản UTF-8; hãy lưu lại dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>--reason: %1</source>
        <translation>--reason: %1</translation>
    </message>
    <message>
        <source>dossier %1: not a dossier code. %2</source>
        <translation>dossier %1: không phải mã hồ sơ. %2</translation>
    </message>
    <message>
        <source>--note: %1</source>
        <translation>--note: %1</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; motcua-admin reads its arguments as UTF-8.</source>
        <translation>Tham số %1 không phải văn bản UTF-8 hợp lệ; motcua-admin đọc tham số theo UTF-8.</translation>
    </message>
    <message>
        <source>Argument %1 has %2 characters; motcua-admin takes at most %3 in one argument.</source>
        <translation>Tham số %1 có %2 ký tự; motcua-admin nhận tối đa %3 ký tự cho một tham số.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>%1 không phải văn bản UTF-8; hãy lưu lại dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>scorecard: unknown argument &quot;%1&quot;</source>
        <translation>scorecard: tham số không rõ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scorecard: give the period as --from YYYY-MM-DD --to YYYY-MM-DD</source>
        <translation>scorecard: hãy nêu kỳ bằng --from YYYY-MM-DD --to YYYY-MM-DD</translation>
    </message>
    <message>
        <source>scorecard: unknown action &quot;%1&quot;</source>
        <translation>scorecard: thao tác không rõ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scorecard: --read-from applies to show only</source>
        <translation>scorecard: --read-from chỉ dùng với show</translation>
    </message>
    <message>
        <source>Scorecard bookkeeping rebuilt.</source>
        <translation>Đã tính lại sổ sách bảng điểm.</translation>
    </message>
    <message>
        <source>show: the branches ranked by the composite score with their figures (with --unit, that unit&apos;s counters), tab-separated; report: report II.06a as CSV; rebuild: recompute the scorecard bookkeeping from the dossiers (administrators); roll: add the days of the months ended since the last roll into the monthly bookkeeping and print months_before=YYYY-MM-DD (for a cron on the 1st; the scorecard also rolls by itself). --read-from DSN reads the figures from that server (a standby) and prints its freshness first.</source>
        <translation>show: các chi nhánh xếp hạng theo điểm tổng hợp cùng các số liệu (với --unit: các quầy của đơn vị đó), phân cách bằng tab; report: báo cáo II.06a dạng CSV; rebuild: tính lại sổ sách bảng điểm từ hồ sơ (quản trị viên); roll: cộng các ngày của những tháng đã kết thúc kể từ lần cộng trước vào sổ sách theo tháng và in months_before=YYYY-MM-DD (cho lịch chạy cron ngày mùng 1; bảng điểm cũng tự cộng). --read-from DSN đọc số liệu từ máy chủ đó (máy dự phòng) và in độ mới của dữ liệu trước tiên.</translation>
    </message>
    <message>
        <source>scorecard: say show, report, rebuild or roll</source>
        <translation>scorecard: hãy chọn show, report, rebuild hoặc roll</translation>
    </message>
    <message>
        <source>its fields no longer give its stored hash: the row was changed after it was written</source>
        <translation>các trường dữ liệu của sự kiện không còn khớp với mã băm đã lưu: bản ghi đã bị sửa sau khi được ghi</translation>
    </message>
    <message>
        <source>it does not follow the event stored before it: an earlier event of the dossier was removed, inserted or renumbered</source>
        <translation>sự kiện không nối tiếp sự kiện được lưu ngay trước nó: một sự kiện trước đó của hồ sơ đã bị xóa, bị chèn thêm hoặc bị đánh số lại</translation>
    </message>
    <message>
        <source>it has no hash: it was written past the chain&apos;s trigger</source>
        <translation>sự kiện không có mã băm: sự kiện đã được ghi mà không qua trigger của chuỗi mã băm</translation>
    </message>
    <message>
        <source>Usage: audit verify [--unit CODE]</source>
        <translation>Cách dùng: audit verify [--unit MÃ_ĐƠN_VỊ]</translation>
    </message>
    <message>
        <source>audit verify: unknown or incomplete argument &quot;%1&quot;</source>
        <translation>audit verify: tham số &quot;%1&quot; không hợp lệ hoặc chưa đầy đủ</translation>
    </message>
    <message numerus="yes">
        <source>The control sheet was tampered with: %n event(s) break their chain. The first is event %1 of dossier %2 (%3): %4.</source>
        <translation>
            <numerusform>Phiếu kiểm soát quá trình giải quyết hồ sơ đã bị sửa đổi trái phép: %n sự kiện phá vỡ chuỗi mã băm. Sự kiện đầu tiên là sự kiện %1 của hồ sơ %2 (%3): %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recompute the hash chain of every dossier&apos;s control sheet (with --unit, of the dossiers that unit received) apart from the server and print events=N broken=K. Exits 1 when an event was changed, removed or inserted after it was written, and names the first broken event.</source>
        <translation>Tính lại chuỗi mã băm trên phiếu kiểm soát quá trình giải quyết của mọi hồ sơ (khi có --unit: của các hồ sơ do đơn vị đó tiếp nhận) một cách độc lập với máy chủ và in ra events=N broken=K. Thoát với mã 1 khi có sự kiện bị sửa, bị xóa hoặc bị chèn thêm sau khi đã được ghi, đồng thời nêu sự kiện bị phá vỡ đầu tiên.</translation>
    </message>
    <message>
        <source>No counter (post, online)</source>
        <translation>Không qua quầy (bưu chính, trực tuyến)</translation>
    </message>
    <message>
        <source>Counter #%1</source>
        <translation>Quầy số %1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>Motcua::CompliancePanel</name>
    <message>
        <source>Repeated supplement requests</source>
        <translation>Yêu cầu bổ sung nhiều lần</translation>
    </message>
    <message>
        <source>Blank or boilerplate reason</source>
        <translation>Lý do để trống hoặc ghi chung chung</translation>
    </message>
    <message>
        <source>Late without apology</source>
        <translation>Trễ hạn không có phiếu xin lỗi</translation>
    </message>
    <message>
        <source>Extended after the due date</source>
        <translation>Gia hạn sau khi đã quá hạn</translation>
    </message>
    <message>
        <source>Handed over without authorisation</source>
        <translation>Trả kết quả khi không có giấy ủy quyền</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>Vui lòng chọn khoảng thời gian.</translation>
    </message>
    <message>
        <source>No findings in this period.</source>
        <translation>Không phát hiện trường hợp nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>All kinds (%1)</source>
        <translation>Tất cả các loại (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(at the counter)</source>
        <translation>(tại quầy)</translation>
    </message>
    <message>
        <source>%1 supplement requests at the counter for the same applicant and procedure (%2)</source>
        <translation>%1 lần yêu cầu bổ sung tại quầy đối với cùng người nộp hồ sơ và cùng thủ tục (%2)</translation>
    </message>
    <message>
        <source>%1 supplement requests for this dossier while it was processed (everything missing must be asked at once)</source>
        <translation>%1 lần yêu cầu bổ sung đối với hồ sơ này trong quá trình giải quyết (phải yêu cầu bổ sung đầy đủ trong một lần)</translation>
    </message>
    <message>
        <source>Refusal with the reason &quot;%1&quot;</source>
        <translation>Từ chối tiếp nhận với lý do &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Supplement request with the reason &quot;%1&quot;</source>
        <translation>Yêu cầu bổ sung với lý do &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Processing stopped with the reason &quot;%1&quot;</source>
        <translation>Dừng xử lý với lý do &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Supplement requested while processing with the reason &quot;%1&quot;</source>
        <translation>Yêu cầu bổ sung trong quá trình giải quyết với lý do &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Finished %1, due %2, with no apology or extension</source>
        <translation>Hoàn thành lúc %1, hạn giải quyết %2, không có phiếu xin lỗi hoặc gia hạn</translation>
    </message>
    <message>
        <source>Still unfinished, due %1, with no apology or extension</source>
        <translation>Chưa giải quyết xong, hạn giải quyết %1, không có phiếu xin lỗi hoặc gia hạn</translation>
    </message>
    <message>
        <source>Extended %1, after the due date %2 had passed; new due date %3</source>
        <translation>Gia hạn lúc %1, sau khi đã quá hạn giải quyết %2; hạn giải quyết mới %3</translation>
    </message>
    <message>
        <source>Result handed to %1 (ID %2) without an authorisation</source>
        <translation>Trả kết quả cho %1 (số giấy tờ %2) khi không có giấy ủy quyền</translation>
    </message>
</context>
<context>
    <name>Motcua::DbError</name>
    <message>
        <source>Give a reason for the change.</source>
        <translation>Vui lòng nêu lý do thay đổi.</translation>
    </message>
    <message>
        <source>The stored working hours overlap: %1</source>
        <translation>Giờ làm việc đã lưu bị chồng lấn: %1</translation>
    </message>
    <message>
        <source>Nothing is announced on %1 for this scope.</source>
        <translation>Không có lịch nào được công bố vào ngày %1 cho phạm vi này.</translation>
    </message>
    <message>
        <source>The working hours must include some working time.</source>
        <translation>Giờ làm việc phải có ít nhất một khoảng thời gian làm việc.</translation>
    </message>
    <message>
        <source>No unit has the code %1.</source>
        <translation>Không có đơn vị nào có mã %1.</translation>
    </message>
    <message>
        <source>A new version must take effect after %1, when the current version took effect.</source>
        <translation>Phiên bản mới phải có hiệu lực sau ngày %1 (ngày phiên bản hiện hành bắt đầu có hiệu lực).</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>Chuỗi kết nối không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>Chưa cài đặt trình điều khiển PostgreSQL cho Qt (QPSQL).</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Your work is kept; it will be sent when the connection is back.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu. Dữ liệu bạn đã nhập vẫn được giữ lại và sẽ được gửi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Tài khoản của bạn không có quyền thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation>Bản ghi này đã tồn tại.</translation>
    </message>
    <message>
        <source>The database refused the data as invalid.</source>
        <translation>Cơ sở dữ liệu từ chối lưu vì dữ liệu không hợp lệ.</translation>
    </message>
    <message>
        <source>Somebody else changed this record at the same time. Please try again.</source>
        <translation>Người khác vừa thay đổi bản ghi này cùng lúc. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>Cơ sở dữ liệu báo lỗi.</translation>
    </message>
    <message>
        <source>Missing resource %1.</source>
        <translation>Thiếu tài nguyên %1.</translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this program (version %2). Install the newer Motcua Desk.</source>
        <translation>Lược đồ cơ sở dữ liệu (phiên bản %1) mới hơn chương trình này (phiên bản %2). Vui lòng cài đặt phiên bản Motcua Desk mới hơn.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) was changed after it was applied to this database. Restore the original file or add a new migration.</source>
        <translation>Bản nâng cấp lược đồ (migration) %1 (%2) đã bị sửa sau khi được áp dụng vào cơ sở dữ liệu này. Hãy khôi phục tệp gốc hoặc tạo một bản nâng cấp mới.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Bản nâng cấp lược đồ (migration) %1 (%2) thất bại: %3</translation>
    </message>
    <message>
        <source>The database schema is at version %1 but this program needs version %2. Ask an administrator to run &quot;motcua-admin migrate&quot;.</source>
        <translation>Lược đồ cơ sở dữ liệu đang ở phiên bản %1 nhưng chương trình này cần phiên bản %2. Vui lòng đề nghị quản trị viên chạy lệnh &quot;motcua-admin migrate&quot;.</translation>
    </message>
    <message>
        <source>Unknown database role.</source>
        <translation>Vai trò cơ sở dữ liệu không xác định.</translation>
    </message>
    <message>
        <source>The account %1 is not registered as active staff of any unit.</source>
        <translation>Tài khoản %1 chưa được đăng ký là cán bộ đang công tác tại đơn vị nào.</translation>
    </message>
    <message>
        <source>The PostgreSQL client library (libpq) is not installed.</source>
        <translation>Chưa cài đặt thư viện máy khách PostgreSQL (libpq).</translation>
    </message>
    <message>
        <source>No dossier has the code %1.</source>
        <translation>Không có hồ sơ nào có mã %1.</translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>Somebody else changed this dossier first; it is now &quot;%1&quot;. Look at it again before acting.</source>
        <translation>Người khác đã thay đổi hồ sơ này trước; trạng thái hiện tại là &quot;%1&quot;. Vui lòng xem lại hồ sơ trước khi thao tác.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a reason.</source>
        <translation>&quot;%1&quot; cần có lý do.</translation>
    </message>
    <message>
        <source>An extension needs a new due date after the current one.</source>
        <translation>Gia hạn cần có hạn giải quyết mới sau hạn hiện tại.</translation>
    </message>
    <message>
        <source>A return by post needs the tracking number.</source>
        <translation>Trả kết quả qua bưu chính cần có mã vận đơn.</translation>
    </message>
    <message>
        <source>An authorised person&apos;s name and ID are needed.</source>
        <translation>Cần có họ tên và số giấy tờ tùy thân của người được ủy quyền.</translation>
    </message>
    <message>
        <source>Somebody else changed this dossier first; it is now &quot;%1&quot;.</source>
        <translation>Người khác đã thay đổi hồ sơ này trước; trạng thái hiện tại là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Your account may not change this dossier (it belongs to another unit or department).</source>
        <translation>Tài khoản của bạn không có quyền thay đổi hồ sơ này (hồ sơ thuộc đơn vị hoặc cơ quan khác).</translation>
    </message>
    <message>
        <source>The server returned no dossier.</source>
        <translation>Máy chủ không trả về hồ sơ nào.</translation>
    </message>
    <message>
        <source>The dossier could not be received.</source>
        <translation>Không tiếp nhận được hồ sơ.</translation>
    </message>
    <message>
        <source>The server recorded nothing.</source>
        <translation>Máy chủ không ghi nhận dữ liệu nào.</translation>
    </message>
    <message>
        <source>A supplement request must list what is missing.</source>
        <translation>Yêu cầu bổ sung phải liệt kê các giấy tờ còn thiếu.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing or incomplete</source>
        <translation>
            <numerusform>%n giấy tờ còn thiếu hoặc chưa đầy đủ</numerusform>
        </translation>
    </message>
    <message>
        <source>A refusal must state its reason.</source>
        <translation>Từ chối tiếp nhận phải nêu rõ lý do.</translation>
    </message>
    <message>
        <source>The period of the register is not valid.</source>
        <translation>Khoảng thời gian của sổ theo dõi không hợp lệ.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Không ghi được tệp.</translation>
    </message>
    <message>
        <source>The statement could not be run.</source>
        <translation>Không thực hiện được câu lệnh.</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>Khoảng thời gian không hợp lệ.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the host name. Connect with the name the certificate was issued for (for example the server&apos;s DNS name rather than its IP address), or ask your administrator.</source>
        <translation>Chứng chỉ của máy chủ không khớp với tên máy. Hãy kết nối bằng tên mà chứng chỉ được cấp cho (ví dụ tên DNS của máy chủ thay vì địa chỉ IP), hoặc hỏi quản trị viên.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the trusted certificate authority. Check the root certificate (sslrootcert) of this connection, or ask your administrator.</source>
        <translation>Chứng chỉ của máy chủ không được ký bởi tổ chức chứng thực tin cậy. Hãy kiểm tra chứng chỉ gốc (sslrootcert) của kết nối này, hoặc hỏi quản trị viên.</translation>
    </message>
    <message>
        <source>The root certificate to check the server against was not found. Give its file (sslrootcert) in the connection settings.</source>
        <translation>Không tìm thấy chứng chỉ gốc để kiểm tra máy chủ. Hãy chỉ ra tệp của nó (sslrootcert) trong thiết lập kết nối.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection, but these connection settings require one.</source>
        <translation>Máy chủ không cung cấp kết nối mã hóa, nhưng thiết lập kết nối này yêu cầu mã hóa.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted connections. Choose the SSL mode verify-full (or require) in the connection settings.</source>
        <translation>Máy chủ chỉ nhận kết nối mã hóa. Hãy chọn chế độ SSL verify-full (hoặc require) trong thiết lập kết nối.</translation>
    </message>
    <message>
        <source>The database is busy with other work. Please try again.</source>
        <translation>Cơ sở dữ liệu đang bận việc khác. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The new due date must fall within the unit&apos;s working hours on a working day.</source>
        <translation>Hạn giải quyết mới phải nằm trong giờ làm việc của đơn vị vào một ngày làm việc.</translation>
    </message>
    <message>
        <source>This device may not rate that: it belongs to another counter, or the account is not a rating device.</source>
        <translation>Thiết bị này không được phép đánh giá nội dung này: thiết bị thuộc quầy khác, hoặc tài khoản không phải là thiết bị đánh giá.</translation>
    </message>
    <message>
        <source>This has already been rated. Thank you.</source>
        <translation>Nội dung này đã được đánh giá. Xin cảm ơn.</translation>
    </message>
    <message>
        <source>The time to rate this has passed.</source>
        <translation>Đã hết thời gian đánh giá.</translation>
    </message>
    <message>
        <source>There is nothing to rate for this dossier.</source>
        <translation>Không có nội dung nào cần đánh giá đối với hồ sơ này.</translation>
    </message>
    <message>
        <source>Unknown rating device.</source>
        <translation>Thiết bị đánh giá không xác định.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Giao dịch đã kết thúc.</translation>
    </message>
</context>
<context>
    <name>Motcua::Desktop</name>
    <message>
        <source>Log in as this database role without the dialog.</source>
        <translation>Đăng nhập bằng vai trò cơ sở dữ liệu này mà không hiện hộp thoại đăng nhập.</translation>
    </message>
    <message>
        <source>Save the main window to a PNG file and quit.</source>
        <translation>Lưu ảnh cửa sổ chính thành tệp PNG rồi thoát.</translation>
    </message>
    <message>
        <source>Show the public board of the branches full screen instead of the main window.</source>
        <translation>Hiển thị bảng thông tin công khai của các chi nhánh ở chế độ toàn màn hình thay cho cửa sổ chính.</translation>
    </message>
    <message>
        <source>With --board: Esc does not close the board.</source>
        <translation>Khi dùng --board: phím Esc không đóng bảng thông tin.</translation>
    </message>
    <message>
        <source>This account is not a rating device. Log in with the account of the counter&apos;s rating terminal or of the hall kiosk.</source>
        <translation>Tài khoản này không phải là thiết bị đánh giá. Hãy đăng nhập bằng tài khoản của thiết bị đánh giá tại quầy hoặc của ki-ốt tại sảnh.</translation>
    </message>
    <message>
        <source>This account is a counter&apos;s rating terminal: start it with --rating-terminal.</source>
        <translation>Tài khoản này là thiết bị đánh giá tại quầy: hãy khởi động với tham số --rating-terminal.</translation>
    </message>
    <message>
        <source>This account is a hall kiosk: start it with --rating-kiosk.</source>
        <translation>Tài khoản này là ki-ốt tại sảnh: hãy khởi động với tham số --rating-kiosk.</translation>
    </message>
    <message>
        <source>Be the rating terminal facing the citizen at a counter (log in as the counter&apos;s terminal account).</source>
        <translation>Chạy ở chế độ thiết bị đánh giá đặt tại quầy, hướng về phía công dân (đăng nhập bằng tài khoản thiết bị của quầy).</translation>
    </message>
    <message>
        <source>Be the hall kiosk where citizens rate a dossier by the code on their receipt (log in as the kiosk&apos;s account).</source>
        <translation>Chạy ở chế độ ki-ốt tại sảnh, nơi công dân đánh giá hồ sơ bằng mã hồ sơ ghi trên giấy tiếp nhận (đăng nhập bằng tài khoản của ki-ốt).</translation>
    </message>
    <message>
        <source>Print &quot;shown&quot; when the login window has painted its first frame, then quit.</source>
        <translation>In ra &quot;shown&quot; khi cửa sổ đăng nhập đã vẽ xong khung hình đầu tiên, rồi thoát.</translation>
    </message>
</context>
<context>
    <name>Motcua::DossierCode</name>
    <message>
        <source>&quot;%1&quot; is not an agency code: use upper-case letters and digits in dot-separated groups, like 000.00.31.H29.</source>
        <translation>&quot;%1&quot; không phải là mã cơ quan: dùng chữ in hoa và chữ số, chia nhóm bằng dấu chấm, ví dụ 000.00.31.H29.</translation>
    </message>
    <message>
        <source>A dossier code can only carry a date in 2000–2099.</source>
        <translation>Mã hồ sơ chỉ chứa được ngày trong khoảng năm 2000–2099.</translation>
    </message>
    <message>
        <source>The daily sequence %1 is outside 1–9999: the unit has used up today&apos;s dossier codes.</source>
        <translation>Số thứ tự trong ngày %1 nằm ngoài khoảng 1–9999: đơn vị đã dùng hết mã hồ sơ của ngày hôm nay.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dossier code: expected &lt;agency&gt;-&lt;YYMMDD&gt;-&lt;NNNN&gt;.</source>
        <translation>&quot;%1&quot; không phải là mã hồ sơ: mã hồ sơ có dạng &lt;mã cơ quan&gt;-&lt;YYMMDD&gt;-&lt;NNNN&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agency code.</source>
        <translation>&quot;%1&quot; không phải là mã cơ quan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYMMDD.</source>
        <translation>&quot;%1&quot; không phải là ngày theo dạng YYMMDD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sequence number 0001–9999.</source>
        <translation>&quot;%1&quot; không phải là số thứ tự từ 0001 đến 9999.</translation>
    </message>
</context>
<context>
    <name>Motcua::DossierForms</name>
    <message>
        <source>Received at the counter</source>
        <translation>Tiếp nhận tại quầy</translation>
    </message>
</context>
<context>
    <name>Motcua::DossierLifecycle</name>
    <message>
        <source>counter clerks</source>
        <translation>cán bộ tiếp nhận và trả kết quả</translation>
    </message>
    <message>
        <source>supervisors</source>
        <translation>cán bộ giám sát</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>processing departments</source>
        <translation>cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Transferred to the department</source>
        <translation>Đã chuyển cơ quan giải quyết</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s supplement</source>
        <translation>Chờ bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Ready for return</source>
        <translation>Đã có kết quả, chờ trả</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Công dân rút hồ sơ</translation>
    </message>
    <message>
        <source>Transfer to the department</source>
        <translation>Chuyển cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>Bắt đầu giải quyết</translation>
    </message>
    <message>
        <source>Request a supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Đã nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <source>Extend with apology</source>
        <translation>Gia hạn (kèm phiếu xin lỗi)</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Result ready for return</source>
        <translation>Có kết quả, chờ trả</translation>
    </message>
    <message>
        <source>Return the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible: the dossier is &quot;%2&quot;; it must be %3.</source>
        <translation>Không thể &quot;%1&quot;: hồ sơ đang ở trạng thái &quot;%2&quot;; cần ở trạng thái %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for %2 only.</source>
        <translation>&quot;%1&quot; chỉ dành cho %2.</translation>
    </message>
</context>
<context>
    <name>Motcua::DossierListModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <source>Processing department</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Thời gian quá hạn</translation>
    </message>
</context>
<context>
    <name>Motcua::DossierView</name>
    <message>
        <source>Done: %1. The dossier is now &quot;%2&quot;.</source>
        <translation>Đã thực hiện: %1. Hồ sơ hiện ở trạng thái &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No dossier open: scan or type a dossier code.</source>
        <translation>Chưa mở hồ sơ nào: quét hoặc nhập mã hồ sơ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; &lt;span style=&quot;color: #1565c0&quot;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; &lt;span style=&quot;color: #1565c0&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source> (represented by %1, %2)</source>
        <translation> (người được ủy quyền: %1, %2)</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(code %2, version %3)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(mã %2, phiên bản %3)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> — clock stopped since %1</source>
        <translation> — tạm dừng tính thời gian từ %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>by post, tracking number %1</source>
        <translation>qua bưu chính, mã vận đơn %1</translation>
    </message>
    <message>
        <source>to %1 (CCCD %2), authorised by %3</source>
        <translation>cho %1 (CCCD %2), theo giấy ủy quyền %3</translation>
    </message>
    <message>
        <source>to the applicant</source>
        <translation>cho người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Bản photo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Unit, counter</source>
        <translation>Đơn vị, quầy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1, quầy %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (new due %2)</source>
        <translation>%1 (hạn giải quyết mới %2)</translation>
    </message>
    <message>
        <source>Against the due date then: %1</source>
        <translation>So với hạn giải quyết lúc đó: %1</translation>
    </message>
    <message>
        <source>No action for you at this stage.</source>
        <translation>Bạn không có thao tác nào ở bước này.</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Thao tác:</translation>
    </message>
    <message>
        <source>Returned. The citizen can now rate the handover on the counter&apos;s rating terminal.</source>
        <translation>Đã trả kết quả. Công dân có thể đánh giá việc trả kết quả trên thiết bị đánh giá tại quầy.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>hall kiosk</source>
        <translation>ki-ốt tại sảnh</translation>
    </message>
    <message>
        <source>counter terminal</source>
        <translation>thiết bị tại quầy</translation>
    </message>
    <message>
        <source>typed by the clerk</source>
        <translation>do cán bộ nhập</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (%3%4, %5)</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; (%3%4, %5)</translation>
    </message>
    <message>
        <source>%1: not rated yet; the citizen may rate it at a hall kiosk until %2</source>
        <translation>%1: chưa đánh giá; công dân có thể đánh giá tại ki-ốt ở sảnh đến %2</translation>
    </message>
    <message>
        <source>%1: not rated (the time to rate it has passed)</source>
        <translation>%1: không có đánh giá (đã hết thời gian đánh giá)</translation>
    </message>
</context>
<context>
    <name>Motcua::DueDate</name>
    <message>
        <source>Pause %1 has no start or no end.</source>
        <translation>Khoảng tạm dừng %1 thiếu thời điểm bắt đầu hoặc kết thúc.</translation>
    </message>
    <message>
        <source>Pause %1 is reversed: it ends (%2) before it starts (%3).</source>
        <translation>Khoảng tạm dừng %1 bị đảo ngược: thời điểm kết thúc (%2) trước thời điểm bắt đầu (%3).</translation>
    </message>
    <message>
        <source>Pause %1 starts (%2) before the dossier was received (%3).</source>
        <translation>Khoảng tạm dừng %1 bắt đầu (%2) trước thời điểm tiếp nhận hồ sơ (%3).</translation>
    </message>
    <message>
        <source>The pauses %1–%2 and %3–%4 overlap.</source>
        <translation>Các khoảng tạm dừng %1–%2 và %3–%4 bị chồng lấn.</translation>
    </message>
    <message>
        <source>The receipt time is missing or invalid.</source>
        <translation>Thời điểm tiếp nhận bị thiếu hoặc không hợp lệ.</translation>
    </message>
    <message>
        <source>The working calendar has no working hours.</source>
        <translation>Lịch làm việc chưa có giờ làm việc.</translation>
    </message>
    <message>
        <source>The working calendar has no working day after %1.</source>
        <translation>Lịch làm việc không có ngày làm việc nào sau ngày %1.</translation>
    </message>
    <message>
        <source>The processing time must be greater than zero.</source>
        <translation>Thời hạn giải quyết phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The working calendar has too few working days to count %1.</source>
        <translation>Lịch làm việc không đủ ngày làm việc để tính %1.</translation>
    </message>
    <message>
        <source>There is no due date to extend.</source>
        <translation>Không có hạn giải quyết để gia hạn.</translation>
    </message>
    <message>
        <source>The new due date is missing or invalid.</source>
        <translation>Hạn giải quyết mới bị thiếu hoặc không hợp lệ.</translation>
    </message>
    <message>
        <source>The new due date (%1) must be later than the current one (%2).</source>
        <translation>Hạn giải quyết mới (%1) phải sau hạn giải quyết hiện tại (%2).</translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation>Gia hạn phải có lý do.</translation>
    </message>
</context>
<context>
    <name>Motcua::Duration</name>
    <message>
        <source>The processing time is empty: write e.g. 3d or 4h.</source>
        <translation>Chưa nhập thời hạn giải quyết: nhập ví dụ 3d (3 ngày làm việc) hoặc 4h (4 giờ làm việc).</translation>
    </message>
    <message>
        <source>The processing time &quot;%1&quot; is negative.</source>
        <translation>Thời hạn giải quyết &quot;%1&quot; là số âm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a processing time: write e.g. 3d, 0.5d or 4h.</source>
        <translation>&quot;%1&quot; không phải là thời hạn giải quyết hợp lệ: nhập ví dụ 3d, 0.5d hoặc 4h.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no unit: add d (working days) or h (working hours).</source>
        <translation>&quot;%1&quot; thiếu đơn vị: thêm d (ngày làm việc) hoặc h (giờ làm việc).</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: use d (working days) or h (working hours).</source>
        <translation>Đơn vị &quot;%1&quot; không hợp lệ: dùng d (ngày làm việc) hoặc h (giờ làm việc).</translation>
    </message>
    <message>
        <source>The processing time must be greater than zero.</source>
        <translation>Thời hạn giải quyết phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The processing time &quot;%1&quot; is shorter than a minute.</source>
        <translation>Thời hạn giải quyết &quot;%1&quot; ngắn hơn một phút.</translation>
    </message>
    <message>
        <source>The processing time &quot;%1&quot; is longer than %2 working days.</source>
        <translation>Thời hạn giải quyết &quot;%1&quot; dài hơn %2 ngày làm việc.</translation>
    </message>
</context>
<context>
    <name>Motcua::FreeText</name>
    <message>
        <source>This field takes at most %1 characters; the text has %2.</source>
        <translation>Ô này nhận tối đa %1 ký tự; văn bản có %2.</translation>
    </message>
    <message>
        <source>The text holds a broken character (invalid Unicode) at position %1; type it again.</source>
        <translation>Văn bản có một ký tự hỏng (Unicode không hợp lệ) ở vị trí %1; hãy gõ lại.</translation>
    </message>
    <message>
        <source>This field takes one line: remove the line break or tab at position %1.</source>
        <translation>Ô này chỉ nhận một dòng: hãy bỏ dấu xuống dòng hoặc tab ở vị trí %1.</translation>
    </message>
    <message>
        <source>The text holds an invisible control character (%1) at position %2; remove it.</source>
        <translation>Văn bản có một ký tự điều khiển không nhìn thấy (%1) ở vị trí %2; hãy xóa nó.</translation>
    </message>
    <message>
        <source>The text holds a text-direction override (%1) at position %2, which would make it print differently from what is stored; remove it.</source>
        <translation>Văn bản có ký tự đảo chiều văn bản (%1) ở vị trí %2, khiến bản in khác với nội dung được lưu; hãy xóa nó.</translation>
    </message>
</context>
<context>
    <name>Motcua::HandoverDialog</name>
    <message>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</source>
        <translation>Hồ sơ &lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>No identity number is on record for &lt;b&gt;%1&lt;/b&gt;: check the collector&apos;s identity document.</source>
        <translation>Chưa lưu số giấy tờ tùy thân của &lt;b&gt;%1&lt;/b&gt;: vui lòng kiểm tra giấy tờ tùy thân của người nhận kết quả.</translation>
    </message>
    <message>
        <source>Ask for the identity card of &lt;b&gt;%1&lt;/b&gt; and compare its number with the one on record:&lt;br&gt;&lt;span style=&quot;font-size: 18pt; font-weight: bold; letter-spacing: 2px&quot;&gt;%2&lt;/span&gt;</source>
        <translation>Đề nghị xuất trình CCCD của &lt;b&gt;%1&lt;/b&gt; và đối chiếu với số đã lưu:&lt;br&gt;&lt;span style=&quot;font-size: 18pt; font-weight: bold; letter-spacing: 2px&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Trả kết quả</translation>
    </message>
    <message>
        <source>Type the authorised person&apos;s name.</source>
        <translation>Vui lòng nhập họ tên người được ủy quyền.</translation>
    </message>
    <message>
        <source>Note the authorisation document (number and date).</source>
        <translation>Vui lòng ghi giấy ủy quyền (số và ngày).</translation>
    </message>
    <message>
        <source>A return by post needs the tracking number.</source>
        <translation>Trả kết quả qua bưu chính cần có mã vận đơn.</translation>
    </message>
    <message>
        <source>Confirm that the collector&apos;s identity card matches.</source>
        <translation>Vui lòng xác nhận CCCD của người nhận kết quả trùng khớp.</translation>
    </message>
</context>
<context>
    <name>Motcua::HandoverPage</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Đã mở hồ sơ %1.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Không tìm thấy kết quả cho &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2
%3
Due %4</source>
        <translation>%1
%2
%3
Hạn giải quyết %4</translation>
    </message>
</context>
<context>
    <name>Motcua::HolidaySuggestionsDialog</name>
    <message>
        <source>&amp;Save checked days</source>
        <translation>&amp;Lưu các ngày đã chọn</translation>
    </message>
    <message>
        <source>Pre-fill %1 from the lunar calendar</source>
        <translation>Điền sẵn lịch năm %1 theo âm lịch</translation>
    </message>
    <message>
        <source>The public holidays of %1 under the Labour Code, computed from the Vietnamese lunar calendar, with days off in lieu. Only a suggestion: check the days the government has announced. Days already in the calendar are kept as they are.</source>
        <translation>Các ngày nghỉ lễ, Tết năm %1 theo Bộ luật Lao động, được tính theo âm lịch Việt Nam, kèm các ngày nghỉ bù. Đây chỉ là gợi ý: vui lòng đối chiếu với lịch nghỉ do cơ quan có thẩm quyền công bố. Những ngày đã có trong lịch làm việc được giữ nguyên.</translation>
    </message>
    <message>
        <source>1 September</source>
        <translation>Ngày 1 tháng 9</translation>
    </message>
    <message>
        <source>3 September</source>
        <translation>Ngày 3 tháng 9</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>In the calendar</source>
        <translation>Trong lịch hiện tại</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>kept: %1 — %2</source>
        <translation>giữ nguyên: %1 — %2</translation>
    </message>
    <message>
        <source>Check at least one day to add.</source>
        <translation>Vui lòng chọn ít nhất một ngày để thêm.</translation>
    </message>
    <message>
        <source>Say why these days are added (e.g. the announcement).</source>
        <translation>Vui lòng nêu lý do thêm các ngày này (ví dụ: thông báo lịch nghỉ).</translation>
    </message>
</context>
<context>
    <name>Motcua::Holidays</name>
    <message>
        <source>Holidays can be suggested for the years %1–%2 only.</source>
        <translation>Chỉ gợi ý được ngày nghỉ lễ cho các năm từ %1 đến %2.</translation>
    </message>
    <message>
        <source>The day added to National Day must be 1 or 3 September.</source>
        <translation>Ngày nghỉ thêm dịp Quốc khánh phải là ngày 1 hoặc ngày 3 tháng 9.</translation>
    </message>
    <message>
        <source>The working hours contain no working time.</source>
        <translation>Giờ làm việc không có khoảng thời gian làm việc nào.</translation>
    </message>
</context>
<context>
    <name>Motcua::Identifiers</name>
    <message>
        <source>The personal ID number is empty.</source>
        <translation>Chưa nhập số định danh cá nhân (CCCD).</translation>
    </message>
    <message>
        <source>A personal ID number contains digits only.</source>
        <translation>Số định danh cá nhân chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>A personal ID number has 12 digits, this one has %1.</source>
        <translation>Số định danh cá nhân có 12 chữ số, số đã nhập có %1 chữ số.</translation>
    </message>
    <message>
        <source>%1 is not a province code: the first 3 digits must be the province of birth registration.</source>
        <translation>%1 không phải là mã tỉnh: 3 chữ số đầu phải là mã tỉnh nơi đăng ký khai sinh.</translation>
    </message>
    <message>
        <source>Digits 4–6 give the birth year %1, which is in the future.</source>
        <translation>Chữ số thứ 4–6 cho năm sinh %1, là năm trong tương lai.</translation>
    </message>
    <message>
        <source>The number gives the birth year %1, but the birth year entered is %2.</source>
        <translation>Theo số định danh, năm sinh là %1, nhưng năm sinh đã nhập là %2.</translation>
    </message>
    <message>
        <source>The identity card number is empty.</source>
        <translation>Chưa nhập số chứng minh nhân dân.</translation>
    </message>
    <message>
        <source>An identity card number contains digits only.</source>
        <translation>Số chứng minh nhân dân chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>An old identity card (CMND) number has 9 digits, this one has %1.</source>
        <translation>Số chứng minh nhân dân (CMND) cũ có 9 chữ số, số đã nhập có %1 chữ số.</translation>
    </message>
    <message>
        <source>The tax code is empty.</source>
        <translation>Chưa nhập mã số thuế.</translation>
    </message>
    <message>
        <source>A branch tax code is written NNNNNNNNNN-BBB.</source>
        <translation>Mã số thuế đơn vị phụ thuộc (chi nhánh) được viết theo dạng NNNNNNNNNN-BBB.</translation>
    </message>
    <message>
        <source>A tax code contains digits only (and one dash before a branch number).</source>
        <translation>Mã số thuế chỉ gồm chữ số (và một dấu gạch ngang trước số chi nhánh).</translation>
    </message>
    <message>
        <source>A 12-digit tax code is a personal ID number: %1</source>
        <translation>Mã số thuế 12 chữ số là số định danh cá nhân: %1</translation>
    </message>
    <message>
        <source>A tax code has 10 digits, 13 for a branch or 12 for a personal ID; this one has %1.</source>
        <translation>Mã số thuế có 10 chữ số, 13 chữ số đối với chi nhánh hoặc 12 chữ số đối với số định danh cá nhân; mã đã nhập có %1 chữ số.</translation>
    </message>
    <message>
        <source>The check digit of tax code %1 is wrong: please check for a typing error.</source>
        <translation>Chữ số kiểm tra của mã số thuế %1 không đúng: vui lòng kiểm tra lỗi nhập liệu.</translation>
    </message>
    <message>
        <source>The branch number of a tax code cannot be 000.</source>
        <translation>Số chi nhánh trong mã số thuế không được là 000.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Chưa nhập số điện thoại.</translation>
    </message>
    <message>
        <source>A phone number contains digits only (spaces, dots and dashes are ignored; +84 is allowed in front).</source>
        <translation>Số điện thoại chỉ gồm chữ số (bỏ qua khoảng trắng, dấu chấm và dấu gạch ngang; được phép có +84 ở đầu).</translation>
    </message>
    <message>
        <source>A Vietnamese phone number starts with 0 or +84.</source>
        <translation>Số điện thoại Việt Nam bắt đầu bằng 0 hoặc +84.</translation>
    </message>
    <message>
        <source>A landline number has 11 digits (02x area code + 8 digits), this one has %1.</source>
        <translation>Số điện thoại cố định có 11 chữ số (mã vùng 02x + 8 chữ số), số đã nhập có %1 chữ số.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits, this one has %1.</source>
        <translation>Số điện thoại di động có 10 chữ số, số đã nhập có %1 chữ số.</translation>
    </message>
    <message>
        <source>%1 is not a Vietnamese mobile prefix (03x, 05x, 07x, 08x, 09x) or landline area code (02x).</source>
        <translation>%1 không phải là đầu số di động Việt Nam (03x, 05x, 07x, 08x, 09x) hoặc mã vùng điện thoại cố định (02x).</translation>
    </message>
</context>
<context>
    <name>Motcua::IntakePage</name>
    <message>
        <source>Choose the procedure first.</source>
        <translation>Vui lòng chọn thủ tục trước.</translation>
    </message>
    <message>
        <source>Your account belongs to no unit: it cannot take in dossiers.</source>
        <translation>Tài khoản của bạn không thuộc đơn vị nào nên không thể tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>The dossier is not complete: tick what was handed over, or request a supplement (Ctrl+B).</source>
        <translation>Hồ sơ chưa đầy đủ: đánh dấu các giấy tờ đã nộp, hoặc yêu cầu bổ sung (Ctrl+B).</translation>
    </message>
    <message>
        <source>%1 is queued: the receipt is printed when the server has issued the code.</source>
        <translation>Hồ sơ của %1 đang chờ gửi: giấy tiếp nhận sẽ được in khi máy chủ cấp mã hồ sơ.</translation>
    </message>
    <message>
        <source>Received: dossier &lt;b&gt;%1&lt;/b&gt;, due %2.</source>
        <translation>Đã tiếp nhận: hồ sơ &lt;b&gt;%1&lt;/b&gt;, hạn giải quyết %2.</translation>
    </message>
    <message>
        <source>Nothing is missing: receive the dossier instead (Ctrl+Enter).</source>
        <translation>Hồ sơ không thiếu giấy tờ nào: vui lòng tiếp nhận hồ sơ (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The supplement request was not recorded: %1 The form is kept; try again.</source>
        <translation>Chưa ghi nhận được yêu cầu bổ sung: %1 Thông tin đã nhập vẫn được giữ; vui lòng thử lại.</translation>
    </message>
    <message numerus="yes">
        <source>Supplement request no. %1 recorded for %2: %n document(s) missing. It continues when the applicant comes back.</source>
        <translation>
            <numerusform>Đã ghi nhận yêu cầu bổ sung số %1 cho %2: thiếu %n giấy tờ. Hồ sơ được tiếp tục khi người nộp quay lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refusal was not recorded: %1 The form is kept; try again.</source>
        <translation>Chưa ghi nhận được việc từ chối tiếp nhận: %1 Thông tin đã nhập vẫn được giữ; vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Refusal no. %1 recorded for %2.</source>
        <translation>Đã ghi nhận từ chối tiếp nhận số %1 cho %2.</translation>
    </message>
    <message>
        <source>The queued dossier of %1 was received: &lt;b&gt;%2&lt;/b&gt;, due %3.</source>
        <translation>Hồ sơ đang chờ gửi của %1 đã được tiếp nhận: &lt;b&gt;%2&lt;/b&gt;, hạn giải quyết %3.</translation>
    </message>
    <message>
        <source>The server refused the queued dossier of %1: %2</source>
        <translation>Máy chủ từ chối hồ sơ đang chờ gửi của %1: %2</translation>
    </message>
    <message>
        <source>Server unreachable — the dossier is queued and will be sent when the connection is back. You can keep working.</source>
        <translation>Không kết nối được máy chủ — hồ sơ đang chờ gửi và sẽ được gửi khi có kết nối trở lại. Bạn có thể tiếp tục làm việc.</translation>
    </message>
    <message>
        <source>Server unreachable — %1 dossiers are queued and will be sent when the connection is back. You can keep working.</source>
        <translation>Không kết nối được máy chủ — %1 hồ sơ đang chờ gửi và sẽ được gửi khi có kết nối trở lại. Bạn có thể tiếp tục làm việc.</translation>
    </message>
    <message>
        <source>Server unreachable — keep typing: a received dossier is queued and sent when the connection is back.</source>
        <translation>Không kết nối được máy chủ — bạn cứ tiếp tục nhập: hồ sơ được tiếp nhận sẽ chờ gửi và được gửi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>The intake you were typing (started at %1) was restored.</source>
        <translation>Đã khôi phục hồ sơ đang nhập dở (bắt đầu lúc %1).</translation>
    </message>
    <message>
        <source>No procedure matches what you typed.</source>
        <translation>Không có thủ tục nào khớp với nội dung đã nhập.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No procedure chosen yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chưa chọn thủ tục.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>free</source>
        <translation>miễn phí</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>after %1 counts from the next working day</source>
        <translation>sau %1 được tính từ ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Processing time:</source>
        <translation>Thời hạn giải quyết:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Lệ phí:</translation>
    </message>
    <message>
        <source>Cut-off:</source>
        <translation>Giờ chốt nhận:</translation>
    </message>
    <message>
        <source>Processed by:</source>
        <translation>Cơ quan giải quyết:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>Choose the procedure to see its checklist.</source>
        <translation>Chọn thủ tục để xem thành phần hồ sơ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete&lt;/b&gt; — Enter or Ctrl+Enter receives the dossier.</source>
        <translation>&lt;b&gt;Đủ hồ sơ&lt;/b&gt; — nhấn Enter hoặc Ctrl+Enter để tiếp nhận hồ sơ.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Missing (%n):&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Còn thiếu (%n):&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returning applicant: %n field(s) filled from the last visit.</source>
        <translation>
            <numerusform>Người nộp đã từng đến: đã điền sẵn %n trường từ lần trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>This applicant has a pending supplement request (no. %1 of %2) for “%3”.</source>
        <translation>Người nộp này có yêu cầu bổ sung đang chờ (số %1 ngày %2) cho thủ tục “%3”.</translation>
    </message>
    <message>
        <source>Continuing supplement request no. %1: tick the documents brought now.</source>
        <translation>Đang tiếp tục yêu cầu bổ sung số %1: đánh dấu các giấy tờ nộp lần này.</translation>
    </message>
    <message>
        <source>cannot be counted now (%1)</source>
        <translation>hiện chưa tính được (%1)</translation>
    </message>
    <message>
        <source>Due if received now:</source>
        <translation>Hạn giải quyết nếu tiếp nhận ngay:</translation>
    </message>
</context>
<context>
    <name>Motcua::LimitedTextEdit</name>
    <message>
        <source>Not pasted: this field takes at most %1 characters; with the pasted text (%2) it would hold %3. Paste a shorter text.</source>
        <translation>Chưa dán: ô này nhận tối đa %1 ký tự; với văn bản dán vào (%2) ô sẽ có %3. Hãy dán văn bản ngắn hơn.</translation>
    </message>
    <message>
        <source>This field takes at most %1 characters; the pasted text was longer than the %2 it can hold and was cut. Paste a shorter text.</source>
        <translation>Ô này nhận tối đa %1 ký tự; văn bản dán vào dài hơn %2 ký tự ô có thể chứa nên đã bị cắt. Hãy dán văn bản ngắn hơn.</translation>
    </message>
</context>
<context>
    <name>Motcua::LoginDialog</name>
    <message>
        <source>&amp;Log in</source>
        <translation>Đă&amp;ng nhập</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(mặc định)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Vui lòng nhập tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>Motcua::LunarCalendar</name>
    <message>
        <source>The lunar year %1 is outside the supported range %2–%3.</source>
        <translation>Năm âm lịch %1 nằm ngoài khoảng được hỗ trợ (%2–%3).</translation>
    </message>
    <message>
        <source>The lunar month %1 does not exist: months run from 1 to 12.</source>
        <translation>Không có tháng âm lịch %1: tháng chỉ từ 1 đến 12.</translation>
    </message>
    <message>
        <source>The lunar day %1 does not exist: days run from 1 to 30.</source>
        <translation>Không có ngày âm lịch %1: ngày chỉ từ 1 đến 30.</translation>
    </message>
    <message>
        <source>The lunar year %1 has no leap month.</source>
        <translation>Năm âm lịch %1 không có tháng nhuận.</translation>
    </message>
    <message>
        <source>The lunar year %1 has leap month %2, not %3.</source>
        <translation>Năm âm lịch %1 nhuận tháng %2, không phải tháng %3.</translation>
    </message>
    <message>
        <source>Lunar month %1%2 of %3 has only %4 days.</source>
        <translation>Tháng %1%2 âm lịch năm %3 chỉ có %4 ngày.</translation>
    </message>
    <message>
        <source> (leap)</source>
        <translation> (nhuận)</translation>
    </message>
</context>
<context>
    <name>Motcua::MainWindow</name>
    <message>
        <source>About Motcua Desk</source>
        <translation>Giới thiệu Motcua Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Motcua Desk %1&lt;/b&gt;&lt;br&gt;For the one-stop counters of public administrative service centers.</source>
        <translation>&lt;b&gt;Motcua Desk %1&lt;/b&gt;&lt;br&gt;Phần mềm dành cho Bộ phận Một cửa tại các Trung tâm Phục vụ hành chính công.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Mất kết nối — đang kết nối lại…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
    </message>
    <message>
        <source>Unit: —</source>
        <translation>Đơn vị: —</translation>
    </message>
    <message>
        <source>Unit: %1, counter %2</source>
        <translation>Đơn vị: %1, quầy %2</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Motcua Desk — %1</source>
        <translation>Motcua Desk — %1</translation>
    </message>
    <message>
        <source>Public &amp;board</source>
        <translation>Bảng thông tin &amp;công khai</translation>
    </message>
</context>
<context>
    <name>Motcua::ProcedureEditorDialog</name>
    <message>
        <source>New procedure</source>
        <translation>Thêm thủ tục mới</translation>
    </message>
    <message>
        <source>New version of %1 (current: version %2)</source>
        <translation>Phiên bản mới của thủ tục %1 (hiện hành: phiên bản %2)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>One-of group</source>
        <translation>Nhóm thay thế (một trong)</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Bản photo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The procedure code is 1 to 32 letters, digits, dots or dashes, e.g. 1.001193.</source>
        <translation>Mã thủ tục gồm từ 1 đến 32 ký tự là chữ cái, chữ số, dấu chấm hoặc dấu gạch ngang, ví dụ 1.001193.</translation>
    </message>
    <message>
        <source>Type the procedure&apos;s name.</source>
        <translation>Vui lòng nhập tên thủ tục.</translation>
    </message>
    <message>
        <source>Choose or type the sector.</source>
        <translation>Vui lòng chọn hoặc nhập lĩnh vực.</translation>
    </message>
    <message>
        <source>The processing time must be more than zero.</source>
        <translation>Thời hạn giải quyết phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Choose the processing department.</source>
        <translation>Vui lòng chọn cơ quan giải quyết.</translation>
    </message>
    <message>
        <source>The new version must take effect after %1, when the current version took effect.</source>
        <translation>Phiên bản mới phải có hiệu lực sau ngày %1 (ngày phiên bản hiện hành bắt đầu có hiệu lực).</translation>
    </message>
    <message>
        <source>Add at least one document to the checklist.</source>
        <translation>Vui lòng thêm ít nhất một giấy tờ vào danh mục thành phần hồ sơ.</translation>
    </message>
    <message>
        <source>Document %1 of the checklist has no name.</source>
        <translation>Giấy tờ thứ %1 trong danh mục thành phần hồ sơ chưa có tên.</translation>
    </message>
    <message>
        <source>Say why the procedure changes (e.g. the new decision that changed it).</source>
        <translation>Vui lòng nêu lý do thay đổi thủ tục (ví dụ: quyết định mới làm thay đổi thủ tục).</translation>
    </message>
</context>
<context>
    <name>Motcua::ProcedureListModel</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 ngày làm việc</translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 giờ làm việc</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
</context>
<context>
    <name>Motcua::RatingChoice</name>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>receipt of the dossier</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>handover of the result</source>
        <translation>trả kết quả</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;The %3 at %4, served by &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Thời điểm %3: %4, cán bộ thực hiện: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1, quầy %2</translation>
    </message>
</context>
<context>
    <name>Motcua::RatingKioskWindow</name>
    <message>
        <source>Nothing to rate for the dossier %1: it was rated already, the time to rate it has passed, or the code is not known.</source>
        <translation>Không có nội dung cần đánh giá đối với hồ sơ %1: hồ sơ đã được đánh giá, đã hết thời gian đánh giá, hoặc không tìm thấy mã hồ sơ.</translation>
    </message>
    <message>
        <source>Thank you for rating our service!</source>
        <translation>Cảm ơn Ông/Bà đã đánh giá chất lượng phục vụ!</translation>
    </message>
</context>
<context>
    <name>Motcua::RatingTerminalWindow</name>
    <message>
        <source>Thank you! You rated: %1.</source>
        <translation>Xin cảm ơn! Ông/Bà đã đánh giá: %1.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Xin cảm ơn!</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1, quầy %2</translation>
    </message>
</context>
<context>
    <name>Motcua::RefusalDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Refuse and &amp;print (Ctrl+Return)</source>
        <translation>Từ chối và &amp;in phiếu (Ctrl+Return)</translation>
    </message>
    <message>
        <source>State the reason for refusing: it is printed on the form the applicant receives.</source>
        <translation>Vui lòng nêu lý do từ chối: lý do được in trên phiếu giao cho người nộp hồ sơ.</translation>
    </message>
</context>
<context>
    <name>Motcua::RegisterPage</name>
    <message>
        <source>Export the register as CSV</source>
        <translation>Xuất sổ theo dõi hồ sơ ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the register as PDF</source>
        <translation>Xuất sổ theo dõi hồ sơ ra tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Ngày trả kết quả</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received from %1 to %2.</source>
        <translation>
            <numerusform>%n hồ sơ được tiếp nhận từ %1 đến %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
</context>
<context>
    <name>Motcua::ReportPanel</name>
    <message>
        <source>Export report II.06a as CSV</source>
        <translation>Xuất báo cáo II.06a ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report II.06a as PDF</source>
        <translation>Lưu báo cáo II.06a thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>Vui lòng chọn kỳ báo cáo.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Received: total</source>
        <translation>Tiếp nhận: tổng số</translation>
    </message>
    <message>
        <source>Received: online</source>
        <translation>Tiếp nhận: trực tuyến</translation>
    </message>
    <message>
        <source>Received: in person or by post</source>
        <translation>Tiếp nhận: trực tiếp hoặc qua bưu chính</translation>
    </message>
    <message>
        <source>Received: carried over</source>
        <translation>Tiếp nhận: kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>Resolved: total</source>
        <translation>Đã giải quyết: tổng số</translation>
    </message>
    <message>
        <source>Resolved: early</source>
        <translation>Đã giải quyết: trước hạn</translation>
    </message>
    <message>
        <source>Resolved: on time</source>
        <translation>Đã giải quyết: đúng hạn</translation>
    </message>
    <message>
        <source>Resolved: late</source>
        <translation>Đã giải quyết: trễ hạn</translation>
    </message>
    <message>
        <source>In progress: total</source>
        <translation>Đang giải quyết: tổng số</translation>
    </message>
    <message>
        <source>In progress: in time</source>
        <translation>Đang giải quyết: trong hạn</translation>
    </message>
    <message>
        <source>In progress: overdue</source>
        <translation>Đang giải quyết: quá hạn</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Kỳ báo cáo: %1 – %2</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation>&amp;In / PDF…</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>Xem trước &amp;bản in…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>In person / post</source>
        <translation>Trực tiếp / bưu chính</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>Motcua::ScoreWeights</name>
    <message>
        <source>Score = (%1 × on-time rate + %2 × satisfaction + %3 × volume ÷ highest volume + %4 × trips spared) ÷ %5 × 100; a part without data is left out of both sums</source>
        <translation>Điểm = (%1 × tỷ lệ đúng hạn + %2 × mức độ hài lòng + %3 × số hồ sơ ÷ số hồ sơ cao nhất + %4 × tỷ lệ không phải đi lại) ÷ %5 × 100; thành phần không có dữ liệu không được tính ở cả tử số và mẫu số</translation>
    </message>
</context>
<context>
    <name>Motcua::ScorecardModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Chi nhánh</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>In
person</source>
        <translation>Trực
tiếp</translation>
    </message>
    <message>
        <source>By
post</source>
        <translation>Bưu
chính</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>On
time</source>
        <translation>Đúng
hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>In
time</source>
        <translation>Trong
hạn</translation>
    </message>
    <message>
        <source>Over-
due</source>
        <translation>Quá
hạn</translation>
    </message>
    <message>
        <source>On-time
%</source>
        <translation>Đúng hạn
%</translation>
    </message>
    <message>
        <source>Supple-
ments</source>
        <translation>Yêu cầu
bổ sung</translation>
    </message>
    <message>
        <source>Refu-
sals</source>
        <translation>Từ
chối</translation>
    </message>
    <message>
        <source>Service
median</source>
        <translation>Phục vụ
trung vị</translation>
    </message>
    <message>
        <source>Service
p90</source>
        <translation>Phục vụ
p90</translation>
    </message>
    <message>
        <source>Trips
spared</source>
        <translation>Không phải
đi lại</translation>
    </message>
    <message>
        <source>Very
satisf.</source>
        <translation>Rất
hài lòng</translation>
    </message>
    <message>
        <source>Satis-
fied</source>
        <translation>Hài
lòng</translation>
    </message>
    <message>
        <source>Not
satisf.</source>
        <translation>Không
hài lòng</translation>
    </message>
    <message>
        <source>Satis-
faction</source>
        <translation>Mức độ
hài lòng</translation>
    </message>
    <message>
        <source>Rank by composite score (1 = best)</source>
        <translation>Thứ hạng theo điểm tổng hợp (1 = cao nhất)</translation>
    </message>
    <message>
        <source>Composite score 0–100, see the formula above the table</source>
        <translation>Điểm tổng hợp từ 0 đến 100, xem công thức phía trên bảng</translation>
    </message>
    <message>
        <source>Dossiers received in the period (in person, by post and online)</source>
        <translation>Số hồ sơ tiếp nhận trong kỳ (trực tiếp, qua bưu chính và trực tuyến)</translation>
    </message>
    <message>
        <source>Received in person at the counter</source>
        <translation>Tiếp nhận trực tiếp tại quầy</translation>
    </message>
    <message>
        <source>Received by post</source>
        <translation>Tiếp nhận qua bưu chính</translation>
    </message>
    <message>
        <source>Resolved before the due day</source>
        <translation>Giải quyết xong trước ngày đến hạn</translation>
    </message>
    <message>
        <source>Resolved on the due day, not after the due time</source>
        <translation>Giải quyết xong trong ngày đến hạn, không muộn hơn giờ hẹn trả</translation>
    </message>
    <message>
        <source>Resolved after the due time</source>
        <translation>Giải quyết xong sau thời điểm đến hạn</translation>
    </message>
    <message>
        <source>In progress now, still in time</source>
        <translation>Đang giải quyết, còn trong hạn</translation>
    </message>
    <message>
        <source>In progress now and overdue</source>
        <translation>Đang giải quyết và đã quá hạn</translation>
    </message>
    <message>
        <source>Resolved early or on time, of all resolved</source>
        <translation>Tỷ lệ hồ sơ giải quyết trước hạn hoặc đúng hạn trên tổng số hồ sơ đã giải quyết</translation>
    </message>
    <message>
        <source>Supplement requests (Mẫu 02)</source>
        <translation>Yêu cầu bổ sung (Mẫu 02)</translation>
    </message>
    <message>
        <source>Refusals (Mẫu 03)</source>
        <translation>Từ chối tiếp nhận (Mẫu 03)</translation>
    </message>
    <message>
        <source>Median service time at the counter (mm:ss)</source>
        <translation>Trung vị thời gian phục vụ tại quầy (mm:ss)</translation>
    </message>
    <message>
        <source>90th percentile of the service time (mm:ss)</source>
        <translation>Phân vị 90 của thời gian phục vụ (mm:ss)</translation>
    </message>
    <message>
        <source>Received complete at the citizen&apos;s first visit, of all received</source>
        <translation>Tỷ lệ hồ sơ được tiếp nhận đầy đủ ngay lần đến đầu tiên của người dân trên tổng số hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <source>Ratings: very satisfied</source>
        <translation>Số lượt đánh giá: rất hài lòng</translation>
    </message>
    <message>
        <source>Ratings: satisfied</source>
        <translation>Số lượt đánh giá: hài lòng</translation>
    </message>
    <message>
        <source>Ratings: not satisfied</source>
        <translation>Số lượt đánh giá: không hài lòng</translation>
    </message>
    <message>
        <source>Satisfaction: very satisfied 100%, satisfied 50%, not satisfied 0%</source>
        <translation>Mức độ hài lòng: rất hài lòng 100%, hài lòng 50%, không hài lòng 0%</translation>
    </message>
    <message>
        <source>No counter (post, online)</source>
        <translation>Không qua quầy (bưu chính, trực tuyến)</translation>
    </message>
    <message>
        <source>Counter #%1</source>
        <translation>Quầy số %1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
</context>
<context>
    <name>Motcua::ScorecardRepository</name>
    <message>
        <source>The weights must not be negative and must not all be zero.</source>
        <translation>Trọng số không được là số âm và không được đồng thời bằng 0.</translation>
    </message>
    <message>
        <source>Changing the weights needs a reason.</source>
        <translation>Thay đổi trọng số phải có lý do.</translation>
    </message>
</context>
<context>
    <name>Motcua::Session</name>
    <message>
        <source>Cannot open a connection of its own (%1); reading through the main connection.</source>
        <translation>Không mở được kết nối riêng (%1); đang đọc số liệu qua kết nối chính.</translation>
    </message>
    <message>
        <source>Cannot read from %1 (%2); reading from the primary instead.</source>
        <translation>Không đọc được từ %1 (%2); chuyển sang đọc từ máy chủ chính.</translation>
    </message>
</context>
<context>
    <name>Motcua::SupervisorPage</name>
    <message>
        <source>per day</source>
        <translation>theo ngày</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>theo tuần (từ thứ Hai)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>theo tháng</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>máy chủ chính</translation>
    </message>
    <message>
        <source>Read the scorecard from</source>
        <translation>Đọc bảng điểm từ</translation>
    </message>
    <message>
        <source>A standby server spares the primary. Leave the host empty to read from the primary. Your login is reused; nothing but the host and port is saved.</source>
        <translation>Đọc từ máy chủ dự phòng giúp giảm tải cho máy chủ chính. Để trống máy chủ (host) để đọc từ máy chủ chính. Thông tin đăng nhập hiện tại được dùng lại; chỉ máy chủ (host) và cổng (port) được lưu.</translation>
    </message>
    <message>
        <source>standby1,standby2</source>
        <translation>standby1,standby2</translation>
    </message>
    <message>
        <source>&amp;Host(s):</source>
        <translation>Má&amp;y chủ (host):</translation>
    </message>
    <message>
        <source>&amp;Port(s):</source>
        <translation>Cổn&amp;g (port):</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Ngày kết thúc của khoảng thời gian trước ngày bắt đầu.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received; Enter opens one</source>
        <translation>
            <numerusform>%n hồ sơ đã tiếp nhận; nhấn Enter để mở hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1 received, %2 resolved, on time %3, %4 overdue now</source>
        <translation>Tổng cộng: %1 hồ sơ tiếp nhận, %2 hồ sơ đã giải quyết, đúng hạn %3, %4 hồ sơ đang quá hạn</translation>
    </message>
    <message>
        <source>&amp;Overdue now (%1)</source>
        <translation>Đang quá &amp;hạn (%1)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>On time, % of resolved</source>
        <translation>Đúng hạn, % trên số đã giải quyết</translation>
    </message>
    <message>
        <source>Dossiers %1, %2 – %3</source>
        <translation>Hồ sơ %1, %2 – %3</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Freshness unknown</source>
        <translation>Chưa rõ thời điểm cập nhật số liệu</translation>
    </message>
    <message>
        <source>Standby, %1 s behind · %2</source>
        <translation>Máy chủ dự phòng, chậm %1 giây · %2</translation>
    </message>
    <message>
        <source>● Live (primary) · %1</source>
        <translation>● Trực tiếp (máy chủ chính) · %1</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Tất cả chi nhánh</translation>
    </message>
    <message>
        <source>Enter or double-click: the counters of the branch</source>
        <translation>Enter hoặc nhấp đúp: xem các quầy của chi nhánh</translation>
    </message>
    <message>
        <source>Enter or double-click: the clerks of the counter</source>
        <translation>Enter hoặc nhấp đúp: xem các cán bộ của quầy</translation>
    </message>
    <message>
        <source>Enter or double-click: the clerk&apos;s dossiers</source>
        <translation>Enter hoặc nhấp đúp: xem hồ sơ của cán bộ</translation>
    </message>
    <message>
        <source>Enter or double-click: open the dossier</source>
        <translation>Enter hoặc nhấp đúp: mở hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>Kiểm tra t&amp;uân thủ</translation>
    </message>
    <message>
        <source>Bott&amp;lenecks</source>
        <translation>Điểm n&amp;ghẽn</translation>
    </message>
    <message>
        <source>Report &amp;II.06a</source>
        <translation>Báo cáo &amp;II.06a</translation>
    </message>
    <message>
        <source>&amp;Unusual access</source>
        <translation>Truy cập &amp;bất thường</translation>
    </message>
</context>
<context>
    <name>Motcua::SupplementDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Everything missing is listed on the request at once:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Liệt kê đầy đủ một lần tất cả giấy tờ còn thiếu trong phiếu yêu cầu:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Request and &amp;print (Ctrl+Return)</source>
        <translation>Yêu cầu và &amp;in phiếu (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>Motcua::Timeliness</name>
    <message>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn (đang xử lý)</translation>
    </message>
</context>
<context>
    <name>Motcua::UnusualAccessPanel</name>
    <message>
        <source>Many other branches&apos; dossiers opened within an hour</source>
        <translation>Mở nhiều hồ sơ của chi nhánh khác trong vòng một giờ</translation>
    </message>
    <message>
        <source>Many citizens searched by CCCD within an hour</source>
        <translation>Tra cứu nhiều công dân theo CCCD trong vòng một giờ</translation>
    </message>
    <message>
        <source>Access outside working hours</source>
        <translation>Truy cập ngoài giờ làm việc</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>No unusual access in the period.</source>
        <translation>Không có truy cập bất thường trong khoảng thời gian này.</translation>
    </message>
    <message numerus="yes">
        <source>%n unusual access pattern(s) in the period.</source>
        <translation>
            <numerusform>Phát hiện %n dấu hiệu truy cập bất thường trong khoảng thời gian này.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dossiers (limit %2)</source>
        <translation>%1 hồ sơ (ngưỡng %2)</translation>
    </message>
    <message>
        <source>%1 citizens (limit %2)</source>
        <translation>%1 công dân (ngưỡng %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) that day</source>
        <translation>
            <numerusform>%n lượt truy cập trong ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, counter %3)</source>
        <translation>%1 (%2, quầy %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Motcua::WeightsDialog</name>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>Phải có ít nhất một trọng số lớn hơn 0.</translation>
    </message>
    <message>
        <source>State the reason for the change.</source>
        <translation>Vui lòng nêu lý do thay đổi.</translation>
    </message>
</context>
<context>
    <name>Motcua::WorkingHours</name>
    <message>
        <source>Unknown weekday number %1.</source>
        <translation>Số thứ trong tuần %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>The interval %1-%2 is empty or reversed.</source>
        <translation>Khoảng thời gian %1-%2 trống hoặc bị đảo ngược.</translation>
    </message>
    <message>
        <source>The intervals %1-%2 and %3-%4 overlap.</source>
        <translation>Các khoảng thời gian %1-%2 và %3-%4 bị chồng lấn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected days followed by intervals, e.g. &quot;mon-fri 07:30-11:30,13:00-17:00&quot;.</source>
        <translation>&quot;%1&quot;: cần ghi các ngày rồi đến các khoảng giờ, ví dụ &quot;mon-fri 07:30-11:30,13:00-17:00&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a day range.</source>
        <translation>&quot;%1&quot; không phải là một ngày hoặc một khoảng ngày.</translation>
    </message>
    <message>
        <source>Unknown day &quot;%1&quot;: use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Ngày &quot;%1&quot; không hợp lệ: dùng mon, tue, wed, thu, fri, sat hoặc sun (thứ Hai đến Chủ nhật).</translation>
    </message>
    <message>
        <source>The day range &quot;%1&quot; is reversed.</source>
        <translation>Khoảng ngày &quot;%1&quot; bị đảo ngược.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time interval like 07:30-11:30.</source>
        <translation>&quot;%1&quot; không phải là khoảng giờ hợp lệ (ví dụ: 07:30-11:30).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time (HH:MM).</source>
        <translation>&quot;%1&quot; không phải là giờ hợp lệ (HH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; bị liệt kê hai lần.</translation>
    </message>
    <message>
        <source>The working hours contain no working time.</source>
        <translation>Giờ làm việc không có khoảng thời gian làm việc nào.</translation>
    </message>
</context>
<context>
    <name>Motcua::WorkingHoursDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Giờ làm việc của %1</translation>
    </message>
    <message>
        <source>City default working hours (every unit without hours of its own)</source>
        <translation>Giờ làm việc mặc định của thành phố (áp dụng cho mọi đơn vị không có giờ làm việc riêng)</translation>
    </message>
    <message>
        <source>This unit will work by the city default hours.</source>
        <translation>Đơn vị này sẽ làm việc theo giờ mặc định của thành phố.</translation>
    </message>
    <message>
        <source>%1 h %2 min of working time a week.</source>
        <translation>Thời gian làm việc mỗi tuần: %1 giờ %2 phút.</translation>
    </message>
    <message>
        <source>Give at least one working day.</source>
        <translation>Vui lòng nhập ít nhất một ngày làm việc.</translation>
    </message>
    <message>
        <source>Say why the working hours change.</source>
        <translation>Vui lòng nêu lý do thay đổi giờ làm việc.</translation>
    </message>
</context>
<context>
    <name>ProcedureEditorDialog</name>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Procedure &amp;code:</source>
        <translation>&amp;Mã thủ tục:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n thủ tục:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Lĩnh &amp;vực:</translation>
    </message>
    <message>
        <source>Processing &amp;time:</source>
        <translation>Thời &amp;hạn giải quyết:</translation>
    </message>
    <message>
        <source>C&amp;ut-off:</source>
        <translation>&amp;Giờ chốt nhận:</translation>
    </message>
    <message>
        <source>Received after</source>
        <translation>Hồ sơ nhận sau</translation>
    </message>
    <message>
        <source>counts as received the next working day</source>
        <translation>được tính là nhận vào ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Fee (VND):</source>
        <translation>&amp;Lệ phí (đồng):</translation>
    </message>
    <message>
        <source>Fee &amp;note:</source>
        <translation>Ghi &amp;chú lệ phí:</translation>
    </message>
    <message>
        <source>Processing &amp;department:</source>
        <translation>Cơ &amp;quan giải quyết:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Căn cứ &amp;pháp lý:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Có hiệu lực từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>Lý &amp;do thay đổi:</translation>
    </message>
    <message>
        <source>Check&amp;list (documents to submit):</source>
        <translation>Thành phần hồ &amp;sơ (giấy tờ phải nộp):</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>&amp;Thêm giấy tờ</translation>
    </message>
    <message>
        <source>&amp;Remove document</source>
        <translation>&amp;Xóa giấy tờ</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>RatingChoice</name>
    <message>
        <source>How satisfied are you with our service?</source>
        <translation>Ông/Bà có hài lòng với chất lượng phục vụ của chúng tôi không?</translation>
    </message>
    <message>
        <source>Touch a button, or press 1, 2 or 3.</source>
        <translation>Chạm vào một nút, hoặc nhấn phím 1, 2 hoặc 3.</translation>
    </message>
</context>
<context>
    <name>RatingKioskWindow</name>
    <message>
        <source>Rate our service</source>
        <translation>Đánh giá chất lượng phục vụ</translation>
    </message>
    <message>
        <source>Hold the QR code of your receipt under the scanner, or type the dossier code.</source>
        <translation>Đưa mã QR trên giấy tiếp nhận vào dưới máy quét, hoặc nhập mã hồ sơ.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
</context>
<context>
    <name>RatingTerminalWindow</name>
    <message>
        <source>Rate our service</source>
        <translation>Đánh giá chất lượng phục vụ</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Xin kính chào Ông/Bà</translation>
    </message>
    <message>
        <source>When the clerk has received your dossier or handed your result over, you can rate the service here.</source>
        <translation>Khi cán bộ đã tiếp nhận hồ sơ hoặc trả kết quả cho Ông/Bà, Ông/Bà có thể đánh giá chất lượng phục vụ tại đây.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refuse the dossier (form 03)</source>
        <translation>Từ chối tiếp nhận hồ sơ (Mẫu số 03)</translation>
    </message>
    <message>
        <source>&amp;Reason for refusing (required, printed on the form):</source>
        <translation>&amp;Lý do từ chối (bắt buộc, được in trên phiếu):</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ thống kê:</translation>
    </message>
    <message>
        <source>The period the scorecard counts (Vietnam days)</source>
        <translation>Khoảng thời gian tính bảng điểm (theo ngày giờ Việt Nam)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Read the figures again (F5); they also update by themselves when anything changes</source>
        <translation>Đọc lại số liệu (F5); số liệu cũng tự động cập nhật khi có thay đổi</translation>
    </message>
    <message>
        <source>Where the figures come from and how fresh they are</source>
        <translation>Nguồn số liệu và mức độ cập nhật</translation>
    </message>
    <message>
        <source>Read fro&amp;m…</source>
        <translation>Nguồn &amp;số liệu…</translation>
    </message>
    <message>
        <source>Read this screen&apos;s figures from a standby server, sparing the primary</source>
        <translation>Đọc số liệu của màn hình này từ máy chủ dự phòng để giảm tải cho máy chủ chính</translation>
    </message>
    <message>
        <source>&amp;Weights…</source>
        <translation>T&amp;rọng số…</translation>
    </message>
    <message>
        <source>Change the weights of the composite score (administrators)</source>
        <translation>Thay đổi trọng số của điểm tổng hợp (dành cho quản trị viên)</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Xếp hạng</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Quay lại</translation>
    </message>
    <message>
        <source>Up one level (Backspace, Alt+Left)</source>
        <translation>Lên một cấp (Backspace, Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Overdue now</source>
        <translation>Đang quá &amp;hạn</translation>
    </message>
    <message>
        <source>Unfinished dossiers past their due time, most late first; Enter or double-click opens one</source>
        <translation>Hồ sơ chưa giải quyết xong đã quá hạn, trễ nhiều nhất xếp trước; nhấn Enter hoặc nhấp đúp để mở hồ sơ</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Request a supplement (form 02)</source>
        <translation>Yêu cầu bổ sung hồ sơ (Mẫu số 02)</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (optional):</source>
        <translation>&amp;Ghi chú cho người nộp hồ sơ (không bắt buộc):</translation>
    </message>
</context>
<context>
    <name>UnusualAccessPanel</name>
    <message>
        <source>Other branches&apos; dossiers opened &amp;per hour:</source>
        <translation>Số hồ sơ của chi nhánh khác được mở tr&amp;ong một giờ:</translation>
    </message>
    <message>
        <source>Flag a person who opens at least this many dossiers of other branches within an hour (0: off)</source>
        <translation>Đánh dấu người mở từ số lượng hồ sơ này của chi nhánh khác trở lên trong vòng một giờ (0: tắt)</translation>
    </message>
    <message>
        <source>Citizens searched by &amp;CCCD per hour:</source>
        <translation>Số công dân được tra cứu theo &amp;CCCD trong một giờ:</translation>
    </message>
    <message>
        <source>Flag a person who searches at least this many different CCCD/CMND numbers within an hour (0: off)</source>
        <translation>Đánh dấu người tra cứu từ số lượng số CCCD/CMND khác nhau này trở lên trong vòng một giờ (0: tắt)</translation>
    </message>
    <message>
        <source>&amp;Tolerance outside working hours (minutes):</source>
        <translation>Thời gian cho &amp;phép ngoài giờ làm việc (phút):</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Weights of the composite score</source>
        <translation>Trọng số của điểm tổng hợp</translation>
    </message>
    <message>
        <source>Each branch&apos;s score is the weighted average of the parts it has data for. The change applies at once to every screen and is recorded with your reason.</source>
        <translation>Điểm của mỗi chi nhánh là trung bình có trọng số của các thành phần có dữ liệu. Thay đổi được áp dụng ngay trên mọi màn hình và được ghi lại kèm lý do bạn nêu.</translation>
    </message>
    <message>
        <source>&amp;On-time rate:</source>
        <translation>&amp;Tỷ lệ đúng hạn:</translation>
    </message>
    <message>
        <source>Resolved early or on time, of all resolved</source>
        <translation>Tỷ lệ hồ sơ giải quyết trước hạn hoặc đúng hạn trên tổng số hồ sơ đã giải quyết</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Mức độ hài lòng:</translation>
    </message>
    <message>
        <source>Ratings at the handover: very satisfied 1, satisfied 0.5, not satisfied 0</source>
        <translation>Đánh giá khi trả kết quả: rất hài lòng 1, hài lòng 0,5, không hài lòng 0</translation>
    </message>
    <message>
        <source>&amp;Volume served:</source>
        <translation>&amp;Số hồ sơ phục vụ:</translation>
    </message>
    <message>
        <source>Dossiers received, divided by the most any compared unit received</source>
        <translation>Số hồ sơ tiếp nhận, chia cho số hồ sơ cao nhất trong các đơn vị được so sánh</translation>
    </message>
    <message>
        <source>&amp;Trips spared:</source>
        <translation>Tỷ lệ &amp;không phải đi lại:</translation>
    </message>
    <message>
        <source>Received complete at the citizen&apos;s first visit</source>
        <translation>Hồ sơ được tiếp nhận đầy đủ ngay lần đến đầu tiên của người dân</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Why the weights change (required, kept in the audit log)</source>
        <translation>Lý do thay đổi trọng số (bắt buộc, được lưu vào nhật ký thay đổi)</translation>
    </message>
</context>
<context>
    <name>WorkingHoursDialog</name>
    <message>
        <source>Working hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>&amp;Use the city default working hours</source>
        <translation>Áp dụng giờ làm việc &amp;mặc định của thành phố</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Giờ làm việc:</translation>
    </message>
    <message>
        <source>Days mon…sun, ranges (mon-fri) or lists (mon,wed), groups separated by &apos;;&apos;, e.g. mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30</source>
        <translation>Ngày: mon…sun (thứ Hai…Chủ nhật), khoảng ngày (mon-fri) hoặc danh sách ngày (mon,wed), các nhóm cách nhau bằng dấu &apos;;&apos;, ví dụ: mon-fri 07:30-11:30,13:00-17:00; sat 07:30-11:30</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>Lý &amp;do thay đổi:</translation>
    </message>
</context>
</TS>
