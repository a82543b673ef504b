namespace ContestServerless.Domain.Templates;

/// <summary>
/// The texts the product sent before templates could be edited, word for word, as templates: what a contest sends
/// until its organizers save their own, and what a reset goes back to.
/// </summary>
public static class DefaultTemplates
{
    public static MailTemplate For(TemplateKind kind) => kind switch
    {
        TemplateKind.Receipt => new(
            "Biên nhận bài dự thi – mã biên nhận {{ma_bien_nhan}}",
            """
            Kính gửi Ông/Bà {{ho_ten}},

            Ban Tổ chức {{ten_cuoc_thi}} đã nhận được bài dự thi của Ông/Bà.

            {{thong_tin_bai}}

            Vui lòng giữ mã bài dự thi và mã biên nhận để tra cứu tình trạng bài dự thi.
            {{lien_he}}

            {{ban_to_chuc}}
            """),
        TemplateKind.Reminder => new(
            "Nhắc việc: {{ten_don_vi}} {{tinh_trang}}",
            """
            Kính gửi {{nguoi_nhan}},

            Ban Tổ chức {{ten_cuoc_thi}} trân trọng nhắc đơn vị:
            {{noi_dung_nhac}}

            Trang riêng của đơn vị (xem bài dự thi của đơn vị, nộp bài thay tác giả, gửi báo cáo nhanh):
            {{duong_dan}}
            Đường dẫn này dành riêng cho đơn vị, không cần mật khẩu; vui lòng không chia sẻ ra ngoài.

            {{lien_he}}

            {{ban_to_chuc}}

            Thư được gửi tự động; nếu đơn vị vừa hoàn thành, xin bỏ qua thư này.
            """),
        TemplateKind.Extension => new(
            "Thông báo gia hạn nhận bài dự thi đến {{han_nop}}",
            """
            Kính gửi {{nguoi_nhan}},

            Ban Tổ chức {{ten_cuoc_thi}} thông báo gia hạn thời gian nhận bài dự thi:
            Hạn mới: {{han_nop}} (hạn trước đây: {{han_cu}}).

            {{thong_bao}}

            {{lien_he}}

            {{ban_to_chuc}}
            """),
        TemplateKind.ResultsEntrant => new(
            "{{tieu_de_ket_qua}}",
            """
            Kính gửi Ông/Bà {{ho_ten}},

            {{ket_qua}}

            Kết quả chi tiết được công bố tại {{duong_dan}}.

            {{ban_to_chuc}}
            """),
        TemplateKind.ResultsUnit => new(
            "Kết quả cuộc thi của {{ten_don_vi}}",
            """
            Kính gửi cán bộ đầu mối của {{ten_don_vi}},

            Ban Tổ chức {{ten_cuoc_thi}} xin thông báo kết quả các bài dự thi của đơn vị ({{so_bai}} bài):
            {{danh_sach_bai}}

            Đơn vị có {{so_bai_dat_giai}} bài đạt giải.
            {{khen_thuong}}

            Kết quả chi tiết được công bố tại {{duong_dan}}.

            {{ban_to_chuc}}
            """),
        TemplateKind.JudgeReminder => new(
            "Nhắc chấm bài – {{vong_cham}}: còn {{so_bai_con_lai}}/{{so_bai}} bài",
            """
            Kính gửi {{ten_giam_khao}},

            Vòng chấm “{{vong_cham}}” sẽ đóng lúc {{han_nop}}. Ông/Bà đã nộp phiếu chấm {{so_bai_da_cham}}/{{so_bai}} bài; còn {{so_bai_con_lai}} bài chưa nộp.

            Trang chấm bài: {{duong_dan}}

            Trân trọng,
            Thường trực Ban Tổ chức cuộc thi
            """),
        TemplateKind.PublicationRequest => new(
            "Đề nghị cho biết ý kiến về việc công bố tác phẩm đoạt giải",
            """
            Kính gửi Ông/Bà {{nguoi_nhan}},

            Ban Tổ chức {{ten_cuoc_thi}} trân trọng chúc mừng Ông/Bà: bài dự thi “{{ten_tac_pham}}” (mã {{ma_bai}}) đạt {{giai}}.

            Ban Tổ chức dự kiến giới thiệu các tác phẩm đoạt giải trên trang đọc tác phẩm của cuộc thi và trong tuyển tập tác phẩm. Tác phẩm chỉ được công bố khi mọi tác giả đồng ý. Đến nay Ban Tổ chức chưa nhận được ý kiến của (các) tác giả về việc này.

            Đề nghị Ông/Bà cho biết ý kiến (đồng ý hoặc không đồng ý công bố; ghi tên thật, bút danh hoặc khuyết danh) trên trang hồ sơ bài dự thi:
            {{duong_dan}}
            Đường dẫn này đã kèm mã bài dự thi và mã biên nhận của Ông/Bà; vui lòng không chia sẻ ra ngoài. Ông/Bà có thể thay đổi hoặc rút lại ý kiến bất cứ lúc nào trên cùng trang này.

            {{lien_he}}

            {{ban_to_chuc}}
            """),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Fills in <paramref name="template"/> (the contest's own, else the default) into a message of the kind.</summary>
    public static RenderedMail Render(this MailTemplate? template, TemplateKind kind, IReadOnlyDictionary<string, string> values) =>
        (template ?? For(kind)).Render(values, Placeholders.For(kind));
}
